// The graph JSON reader (what `merge` reads): a fuzzed fragment is a graph
// or an error; a graph read back writes the same JSON again.
#include "../../src/export_graph_json.hpp"
#include "../../src/source_graph.hpp"
#include "fuzz_common.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto read = graph_from_json(fuzz::bytes(data, size));
    fuzz::require(read.ok() || !read.error.empty(), "a graph or an error");
    if (!read.ok()) return 0;
    const std::string once = to_graph_json(*read.graph, false);
    const auto again = graph_from_json(once);
    fuzz::require(again.ok(), "what the writer writes, the reader reads");
    fuzz::require(to_graph_json(*again.graph, false) == once, "a round trip changes nothing");
    return 0;
}
