// The JSON writer (compact and pretty): always valid JSON, one attribution
// record per attribution, whatever bytes the names and quotes hold.
#include "../../src/export_json.hpp"
#include "fuzz_common.hpp"

#include <nlohmann/json.hpp>

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto a = fuzz::analysed(data, size);
    if (!a) {
        const auto err = error_json(std::string(fuzz::bytes(data, size)), "bad input");
        fuzz::require(nlohmann::json::accept(err), "an error line is JSON");
        return 0;
    }
    for (bool pretty : {false, true}) {
        const std::string out = to_json(*a, pretty);
        const auto j = nlohmann::json::parse(out, nullptr, false);
        fuzz::require(!j.is_discarded(), "the output is JSON");
        fuzz::require(j["attributions"].size() == a->attributions.size(), "every attribution written");
        if (!pretty) fuzz::require(out.find('\n') == std::string::npos || out.find('\n') == out.size() - 1, "one line");
    }
    return 0;
}
