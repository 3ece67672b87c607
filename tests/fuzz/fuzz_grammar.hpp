// Runs grammar rules over fuzz input: at each position a rule can start, the
// parse must stop inside the input and hand back ranges inside it.
#pragma once
#include "../../grammars/ast_adapted.hpp"
#include "../../grammars/config.hpp"
#include "fuzz_common.hpp"

#include <cctype>

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

inline bool inside_word(std::string_view text, std::size_t i) {
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    return i > 0 && i < text.size() && alnum(text[i - 1]) && alnum(text[i]);
}

// Tries `rule` where the pipeline could: everywhere but inside a word (a mark,
// a comma, a space comes first), or only at word starts. `Attr` is the rule's
// attribute (x3::unused_type for none).
template <typename Attr, typename Rule>
void parse_everywhere(std::string_view text, const Rule& rule, bool word_starts_only) {
    const char* lo = text.data();
    const char* hi = lo + text.size();
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (inside_word(text, i)) continue;
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
