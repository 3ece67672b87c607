// A guard before a grammar that cannot match unless one of a few word lists
// has an entry among the next words: "officials" for a group, "spokesperson"
// for a titled name. Most words of a text start no such phrase; the guard
// settles them with a lookup per word instead of the grammar's attempt,
// which tries every list at every word before it gives up.
#pragma once
#include "lexicon.hpp"

namespace quotegraph::grammar {

// True (consuming nothing) when an entry of one of `Tables` may start at one
// of the next Reach(lexicon) + 1 words, counted as chars::ws counts them.
// It must never be false where the guarded grammar matches: Reach is the most
// words the grammar can pass before the entry (the lists' longest entries
// count, from lexicon::entry_words).
template <std::size_t (*Reach)(const lexicon&), word_table lexicon::*... Tables>
struct head_ahead_parser : x3::parser<head_ahead_parser<Reach, Tables...>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    static std::size_t blank_at(const char* p, const char* last) {
        if (*p == ' ' || *p == '\t' || *p == '\r') return 1;
        return *p == '\xC2' && p + 1 < last && p[1] == '\xA0' ? 2 : 0;
    }

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        auto const& env = x3::get<lexicon_tag>(ctx);
        const lexicon& lex = *env.lex;
        const std::uint32_t tables = ((1u << (lex.*Tables).id) | ...);
        const char* p = first;
        for (std::size_t n = Reach(lex) + 1; n > 0 && p < last; --n) {
            if (lex.may_start(tables, p, last, env.cache)) return true;
            while (p < last && !blank_at(p, last)) ++p;
            while (p < last)
                if (std::size_t b = blank_at(p, last)) p += b;
                else break;
        }
        return false;
    }
};

namespace reach {
// one word of chars' plain_word (or a quotation verb before an organisation noun)
inline std::size_t plain(const lexicon& l) { return std::max<std::size_t>(1, l.entry_words(l.quote_cues)); }
inline std::size_t determiner(const lexicon& l) { return l.entry_words(l.determiners); }
// titled name: up to four plain words before the first title
inline std::size_t titled(const lexicon& l) { return 4 * plain(l); }
// organization: a determiner, then up to three plain words
inline std::size_t organization(const lexicon& l) { return determiner(l) + 3 * plain(l); }
// group: "some of", a determiner, then up to three plain words
inline std::size_t group(const lexicon& l) { return determiner(l) + 1 + determiner(l) + 3 * plain(l); }
} // namespace reach

} // namespace quotegraph::grammar
