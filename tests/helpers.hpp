#pragma once
#include "quotegraph.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace qg_test {

inline const quotegraph::rule_set& rules() {
    static auto loaded = quotegraph::load_rules({});
    REQUIRE(loaded.ok());
    return *loaded.rules;
}

inline quotegraph::analysis run(const std::string& text) { return quotegraph::analyze("t", text, rules()); }

// The text of every attribution's content hull, source mention and cue.
struct seen {
    std::string content, source, cue, speaker, rule, resolved_by, kind, type;
};

// The attributions of a text, of one kind ("direct", "indirect", "mixed") or all ("").
inline std::vector<seen> attributions_of(const std::string& text, const std::string& kind) {
    auto a = run(text);
    std::vector<seen> out;
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const auto& at = a.attributions[i];
        if (!kind.empty() && at.kind != kind) continue;
        seen s;
        s.kind = at.kind;
        s.content = std::string(a.doc.slice(at.hull()));
        if (at.source) s.source = std::string(a.doc.slice(at.source->full));
        if (at.verb) s.cue = std::string(a.doc.slice(at.verb->where));
        if (a.claims[i].who) {
            s.speaker = a.entities[a.claims[i].who->entity].name;
            s.type = a.entities[a.claims[i].who->entity].type;
            s.resolved_by = std::string(quotegraph::to_string(a.claims[i].who->resolved_by));
        }
        s.rule = at.rule;
        out.push_back(s);
    }
    return out;
}

// Direct speech only: the quotation tests.
inline std::vector<seen> attributions(const std::string& text) { return attributions_of(text, "direct"); }

} // namespace qg_test
