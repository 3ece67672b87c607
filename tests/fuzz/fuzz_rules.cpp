// The rule loader: a fuzzed YAML file alone, and on top of the default rules.
// Bad rules are errors (with where), never a crash.
#include "fuzz_common.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const rule_file file{"fuzz.yaml", std::string(fuzz::bytes(data, size))};
    auto files = default_rule_files();
    files.push_back(file);
    for (const auto& loaded : {load_rules_from({file}), load_rules_from(files)}) {
        fuzz::require(loaded.rules != nullptr, "a rule set, errors or not");
        // every error names the file it is about: FILE:LINE:COL: error: ...
        for (const auto& e : loaded.errors) fuzz::require(e.starts_with("fuzz.yaml"), "an error names its file");
    }
    return 0;
}
