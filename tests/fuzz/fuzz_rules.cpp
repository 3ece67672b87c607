// The rule loader: a fuzzed YAML file alone and, when it loads cleanly, on
// top of the default rules (loading those costs ~100x a small file, so only
// the inputs that can interact with them pay for it). Bad rules are errors
// (with where), never a crash.
#include "fuzz_common.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const rule_file file{"fuzz.yaml", std::string(fuzz::bytes(data, size))};
    auto check = [](const rules_result& loaded) {
        fuzz::require(loaded.rules != nullptr, "a rule set, errors or not");
        // every error names the file it is about: FILE:LINE:COL: error: ...
        for (const auto& e : loaded.errors) fuzz::require(e.starts_with("fuzz.yaml"), "an error names its file");
    };
    const auto alone = load_rules_from({file});
    check(alone);
    if (!alone.ok()) return 0;
    auto files = default_rule_files();
    files.push_back(file);
    check(load_rules_from(files));
    return 0;
}
