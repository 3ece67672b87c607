#include "rule_examples.hpp"

#include "quotegraph.hpp"

namespace quotegraph {

namespace {

// One attribution as an example sees it.
std::map<std::string, std::string> fields_of(const analysis& a, std::size_t i) {
    const attribution& at = a.attributions[i];
    std::map<std::string, std::string> f;
    f["kind"] = at.kind;
    f["content"] = std::string(a.doc.slice(at.hull()));
    if (at.verb) f["cue"] = std::string(a.doc.slice(at.verb->where));
    if (at.source) f["source"] = std::string(a.doc.slice(at.source->full));
    if (a.claims[i].who) f["speaker"] = a.entities[a.claims[i].who->entity].name;
    f["verdict"] = a.claims[i].verdict;
    return f;
}

bool satisfies(const analysis& a, std::size_t i, const std::map<std::string, std::string>& expect) {
    const auto f = fields_of(a, i);
    for (const auto& [key, want] : expect) {
        if (key == "flag") {
            bool raised = false;
            for (const auto& fl : a.claims[i].flags) raised = raised || fl.id == want;
            if (!raised) return false;
            continue;
        }
        // a cue may be given by its lemma too: "say" for "said"
        if (key == "cue" && a.attributions[i].verb && a.attributions[i].verb->lemma == want) continue;
        auto it = f.find(key);
        if (it == f.end() || it->second != want) return false;
    }
    return true;
}

std::string describe(const std::map<std::string, std::string>& fields) {
    std::string s;
    for (const auto& [k, v] : fields) s += (s.empty() ? "" : ", ") + k + " '" + v + "'";
    return s.empty() ? "any attribution" : s;
}

std::string found(const analysis& a) {
    if (a.attributions.empty()) return "none";
    std::string s;
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        auto f = fields_of(a, i);
        for (const auto& fl : a.claims[i].flags) (f["flag"] += f["flag"].empty() ? "" : " ") += fl.id;
        s += "\n    " + describe(f);
    }
    return s;
}

} // namespace

std::vector<example_failure> run_examples(const rule_set& rules) {
    std::vector<example_failure> out;
    for (const auto& x : rules.examples) {
        analysis a = analyze("example", x.text, rules);
        bool any = false;
        for (std::size_t i = 0; i < a.attributions.size() && !any; ++i) any = satisfies(a, i, x.expect);
        if (any != x.must_not_match) continue;
        const std::string where = x.file + ":" + std::to_string(x.line) + ": error: ";
        const std::string text = "'" + x.text + "'";
        out.push_back({&x, where + (x.must_not_match ? "example expects no attribution with " + describe(x.expect)
                                                    : "example expects an attribution with " + describe(x.expect)) +
                               " in " + text + "; found: " + found(a)});
    }
    return out;
}

} // namespace quotegraph
