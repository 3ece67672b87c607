// The DOT writer: every string closes on its line, holds no markup, and
// nothing from the input stands outside a string.
#include "../../src/export_dot.hpp"
#include "../../src/source_graph.hpp"
#include "fuzz_common.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto a = fuzz::analysed(data, size);
    if (!a) return 0;
    const std::string out = to_dot(*a->graph, std::string(fuzz::bytes(data, size)));
    bool in_string = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (!in_string) {
            if (c == '"') in_string = true;
            continue;
        }
        if (c == '\\') {
            fuzz::require(i + 1 < out.size() && out[i + 1] != '\n', "an escape escapes something");
            ++i;
        } else if (c == '"') {
            in_string = false;
        } else {
            fuzz::require(c != '\n' && c != '\r', "a string stays on its line");
            fuzz::require(c != '<' && c != '>', "no markup in a label");
        }
    }
    fuzz::require(!in_string, "every string closes");
    return 0;
}
