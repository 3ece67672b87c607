// What the attribution stages share for walking a document's text: offsets
// of ranges the grammars return, grammar calls at an offset, and paragraph
// and sentence lookup.
#pragma once
#include "../grammars/ast.hpp"
#include "../grammars/config.hpp"
#include "document.hpp"

namespace quotegraph {

// The parse context for `d`: the lexicon and the document's word cache, if
// the cache is of this very text (a copy of the document, whose text lies
// elsewhere, parses without one).
inline grammar::parse_env env_for(const document& d, const rule_set& rules) {
    grammar::word_cache* c = d.words.get();
    if (c && (c->begin != d.text.data() || c->end != d.text.data() + d.text.size())) c = nullptr;
    return {&rules.lex, c};
}

struct text_scanner {
    const document& d;
    const rule_set& rules;
    std::string_view t;
    const char* base;
    grammar::parse_env env;

    text_scanner(const document& doc, const rule_set& r)
        : d(doc), rules(r), t(doc.text), base(doc.text.data()), env(env_for(doc, r)) {}

    span to_span(const grammar::ast::range& r) const {
        return {std::size_t(r.begin() - base), std::size_t(r.end() - base)};
    }

    template <typename Rule, typename Attr>
    bool parse_at(const Rule& rule, std::size_t from, std::size_t to, Attr& attr) const {
        const char* it = base + from;
        return grammar::parse_with(env, rule, it, base + to, attr);
    }

    // How many bytes `rule` covers at `from`, 0 if it does not match.
    template <typename Rule>
    std::size_t match_length(const Rule& rule, std::size_t from, std::size_t to) const {
        const char* it = base + from;
        return grammar::parse_with(env, rule, it, base + to) ? std::size_t(it - base) - from : 0;
    }

    std::size_t skip_space(std::size_t i, std::size_t end) const { return quotegraph::skip_space(t, i, end); }

    // Whether an entry of a list in `tables` (a mask of lexicon ids) may
    // start, matched up to `last`, at `from` or at a word after a blank in
    // (from, to): where the frame grammars put a verb, after `ws`. One lookup
    // a word, to spare the parses that need one when none can be there.
    bool list_word_at(std::uint32_t tables, std::size_t from, std::size_t to, std::size_t last) const {
        const grammar::lexicon& lex = rules.lex;
        if (lex.unindexed() & tables) return true;
        for (std::size_t p = from; p < to; p = skip_space(next_space(t, p, to), to))
            if (lex.lists_at(base + p, base + last, env.cache) & tables) return true;
        return false;
    }

    const span& paragraph_of(std::size_t pos) const { return d.paragraphs[paragraph_index(d, pos)]; }

    std::size_t sentence_start(std::size_t pos) const {
        auto s = std::upper_bound(d.sentences.begin(), d.sentences.end(), pos,
                                  [](std::size_t v, const span& sp) { return v < sp.start; });
        return s == d.sentences.begin() ? 0 : (s - 1)->start;
    }
};

} // namespace quotegraph
