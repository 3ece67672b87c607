// The rule loader: a fuzzed YAML file alone and, when it loads cleanly, on
// top of a base of rules. Bad rules are errors (with where), never a crash.
#include "fuzz_common.hpp"

#include <yaml-cpp/yaml.h>

using namespace quotegraph;

namespace {

// Every list cut to its first two items and no examples: every kind and key
// of the default rules stays, for the fuzzed file to add to, remove from or
// clash with, at a small part of the cost (the whole defaults load at about
// 20 inputs a second).
YAML::Node cut(const YAML::Node& n) {
    if (n.IsSequence()) {
        YAML::Node s(YAML::NodeType::Sequence);
        for (std::size_t i = 0; i < n.size() && i < 2; ++i) s.push_back(cut(n[i]));
        return s;
    }
    if (n.IsMap()) {
        YAML::Node m(YAML::NodeType::Map);
        for (const auto& kv : n)
            if (kv.first.as<std::string>() != "examples") m[kv.first.as<std::string>()] = cut(kv.second);
        return m;
    }
    return YAML::Clone(n);
}

const std::vector<rule_file>& base() {
    static const auto files = [] {
        std::vector<rule_file> out;
        for (const auto& f : default_rule_files()) {
            YAML::Emitter e;
            e << cut(YAML::Load(f.content));
            out.push_back({f.name, e.c_str()});
        }
        fuzz::require(load_rules_from(out).ok(), "the cut default rules load");
        return out;
    }();
    return files;
}

} // namespace

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
    auto files = base();
    files.push_back(file);
    check(load_rules_from(files));
    return 0;
}
