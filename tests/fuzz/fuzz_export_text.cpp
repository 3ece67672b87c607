// The text report: one block per attribution, whatever the input.
#include "../../src/export_text.hpp"
#include "fuzz_common.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto a = fuzz::analysed(data, size);
    if (!a) return 0;
    const std::string out = to_text(*a);
    std::size_t blocks = 0;
    for (std::size_t at = out.find("\n        cue:"); at != std::string::npos; at = out.find("\n        cue:", at + 1)) ++blocks;
    fuzz::require(blocks == a->attributions.size(), "one block per attribution");
    return 0;
}
