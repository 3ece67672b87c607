// The iterator and context types every grammar is instantiated for, so no
// caller builds a context by hand: parse through the helpers below.
#pragma once
#include "lexicon.hpp"

namespace quotegraph::grammar {

using iterator_type = const char*;
using context_type = x3::context<lexicon_tag, const parse_env, x3::unused_type>;

// Parses `rule` at [first, last) with the lexicon (and a document's word
// cache) in context; advances first on success.
template <typename Rule, typename Attr = x3::unused_type>
bool parse_with(const parse_env& env, Rule const& rule, iterator_type& first, iterator_type last, Attr& attr) {
    return x3::parse(first, last, x3::with<lexicon_tag>(env)[rule], attr);
}

template <typename Rule>
bool parse_with(const parse_env& env, Rule const& rule, iterator_type& first, iterator_type last) {
    x3::unused_type unused;
    return parse_with(env, rule, first, last, unused);
}

template <typename Rule, typename Attr = x3::unused_type>
bool parse_with(const lexicon& lex, Rule const& rule, iterator_type& first, iterator_type last, Attr& attr) {
    return parse_with(parse_env{&lex}, rule, first, last, attr);
}

template <typename Rule>
bool parse_with(const lexicon& lex, Rule const& rule, iterator_type& first, iterator_type last) {
    x3::unused_type unused;
    return parse_with(parse_env{&lex}, rule, first, last, unused);
}

} // namespace quotegraph::grammar
