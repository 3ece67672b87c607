// A parser that matches one entry of a lexicon table as a whole word (or
// words: tables may hold "Vice President"). The table comes from the
// context, so word lists loaded at run time need no grammar rebuild.
#pragma once
#include "chars.hpp"

namespace quotegraph::grammar {

template <word_table lexicon::*Table>
struct table_word_parser : x3::parser<table_word_parser<Table>> {
    using attribute_type = int;
    static bool const has_attribute = true;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        auto const& env = x3::get<lexicon_tag>(ctx);
        int value = 0;
        if (!env.lex->match(env.lex->*Table, first, last, value, env.cache)) return false;
        x3::traits::move_to(value, attr);
        return true;
    }
};

// True, consuming nothing, where no entry of `Tables` matches: `!a >> !b`
// in one lookup ("plain_word - preposition - subordinator" asks five lists at
// every word of a noun phrase).
template <word_table lexicon::*... Tables>
struct none_of_parser : x3::parser<none_of_parser<Tables...>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        auto const& env = x3::get<lexicon_tag>(ctx);
        const std::uint32_t tables = ((1u << (env.lex->*Tables).id) | ...);
        return !env.lex->match_any(tables, first, last, env.cache);
    }
};
template <word_table lexicon::*... Tables>
inline none_of_parser<Tables...> const none_of{};

// An entry of the first of `Tables` that has one here: `a | b` in one lookup.
template <word_table lexicon::*... Tables>
struct any_of_parser : x3::parser<any_of_parser<Tables...>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        auto const& env = x3::get<lexicon_tag>(ctx);
        const lexicon& lex = *env.lex;
        const std::ptrdiff_t n = lex.settle(((1u << (lex.*Tables).id) | ...), first, last, env.cache);
        if (n >= 0) {
            first += n;
            return n > 0;
        }
        int value;
        return (lex.match(lex.*Tables, first, last, value, env.cache) || ...);
    }
};
template <word_table lexicon::*... Tables>
inline any_of_parser<Tables...> const any_of{};

inline table_word_parser<&lexicon::cues> const cue_word{};

// A reporting verb that names whom it addresses: "told", "asked", "urged".
struct addressee_verb_parser : x3::parser<addressee_verb_parser> {
    using attribute_type = int;
    static bool const has_attribute = true;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        It it = first;
        int value = 0;
        if (!cue_word.parse(it, last, ctx, rctx, value) || !x3::get<lexicon_tag>(ctx).lex->cue_infos[value].object) return false;
        first = it;
        x3::traits::move_to(value, attr);
        return true;
    }
};
inline addressee_verb_parser const addressee_verb{};
inline table_word_parser<&lexicon::quote_cues> const quote_cue_word{};
inline table_word_parser<&lexicon::noun_cues> const noun_cue_word{};
inline table_word_parser<&lexicon::compound_nouns> const compound_noun{};
inline table_word_parser<&lexicon::possessives> const possessive_word{};
inline table_word_parser<&lexicon::hearsay_adverbs> const hearsay_adverb{};
inline table_word_parser<&lexicon::titles> const title_word{};
inline table_word_parser<&lexicon::person_nouns> const person_noun{};
inline table_word_parser<&lexicon::group_nouns> const group_noun{};
inline table_word_parser<&lexicon::org_nouns> const org_noun{};
inline table_word_parser<&lexicon::determiners> const determiner{};
inline table_word_parser<&lexicon::pronouns> const pronoun_word{};
inline table_word_parser<&lexicon::lone_determiners> const lone_determiner{};
inline table_word_parser<&lexicon::prepositions> const preposition{};
inline table_word_parser<&lexicon::lead_ins> const lead_in_table{};
inline table_word_parser<&lexicon::matrix_verbs> const matrix_verb{};
inline table_word_parser<&lexicon::subordinators> const subordinator{};
inline table_word_parser<&lexicon::particles> const particle_word{};
inline table_word_parser<&lexicon::name_suffixes> const name_suffix{};
inline table_word_parser<&lexicon::adverbs> const adverb_word{};
inline table_word_parser<&lexicon::catenatives> const catenative{};
inline table_word_parser<&lexicon::stop_names> const stop_name{};

} // namespace quotegraph::grammar
