// Runs grammar rules over fuzz input: at each position a rule can start, the
// parse must stop inside the input and hand back ranges inside it.
#pragma once
#include "../../grammars/ast_adapted.hpp"
#include "../../grammars/config.hpp"
#include "fuzz_common.hpp"

namespace quotegraph::fuzz {

inline bool within(const grammar::ast::range& r, const char* lo, const char* hi) {
    return r.begin() <= r.end() && (r.empty() || (r.begin() >= lo && r.end() <= hi));
}
inline bool within(const grammar::ast::source_cue& a, const char* lo, const char* hi) {
    return within(a.source, lo, hi) && within(a.cue, lo, hi);
}
inline bool within(const grammar::ast::cue_source& a, const char* lo, const char* hi) {
    return within(a.cue, lo, hi) && within(a.source, lo, hi);
}
inline bool within(const x3::unused_type&, const char*, const char*) { return true; }

// `Attr` is the rule's attribute (x3::unused_type for none).
template <typename Attr, typename Rule>
void parse_everywhere(std::string_view text, const Rule& rule, bool word_starts_only) {
    const char* lo = text.data();
    const char* hi = lo + text.size();
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (word_starts_only && i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') continue;
        const char* it = lo + i;
        Attr attr{};
        if (grammar::parse_with(rules().lex, rule, it, hi, attr)) {
            require(it >= lo + i && it <= hi, "a parse stops inside the input");
            require(within(attr, lo, hi), "a parse's ranges lie inside the input");
        }
    }
}

} // namespace quotegraph::fuzz
