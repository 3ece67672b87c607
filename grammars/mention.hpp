// Speaker mention grammars: who a quotation or a reporting verb is
// attributed to. One rule per kind of mention, tried in the order of
// `mention_kinds` below; `mention` is their union for the frame grammars.
#pragma once
#include "config.hpp"

namespace quotegraph::grammar {

using pronoun_type = x3::rule<class pronoun_class>;
using description_type = x3::rule<class description_class>; // a local journalist who lives …
using group_type = x3::rule<class group_class>;             // officials, two people familiar with …
using organization_type = x3::rule<class organization_class>; // state television, the Interior Ministry
using titled_name_type = x3::rule<class titled_name_class>; // Foreign Office spokesperson Li Ming
using name_type = x3::rule<class name_class>;               // Abu Bakr al-Baghdadi, The New York Post
using mention_type = x3::rule<class mention_class>;
using appositive_type = x3::rule<class appositive_class>;   // , a doctor at the hospital,
using unchecked_titled_name_type = x3::rule<class unchecked_titled_name_class>;

BOOST_SPIRIT_DECLARE(pronoun_type, description_type, group_type, organization_type,
                     titled_name_type, name_type, mention_type, appositive_type, unchecked_titled_name_type)

pronoun_type const& pronoun();
description_type const& description();
group_type const& group();
organization_type const& organization();
titled_name_type const& titled_name();
name_type const& name();
mention_type const& mention();
appositive_type const& appositive();
unchecked_titled_name_type const& unchecked_titled_name();

// False where titled_name cannot start at `first` (input up to `last`):
// none of its first five words, as chars::ws separates them, is a title or a
// role noun before one that is a modifier's barrier (a preposition, a
// lead-in, a subordinator) or that has a comma, a colon, a semicolon, a
// bracket, a quotation mark or a line's end before its blank. A word that may start a
// reporting verb of several words (a modifier before an organisation) leaves
// the answer to the grammar. titled_name asks it first: one lookup a word
// instead of its alternatives. (unchecked_titled_name is the rule without it,
// for the test that it rules out no titled name.)
bool may_be_titled(const parse_env& env, const char* first, const char* last);

// The ids under which each kind's answer at a position is remembered
// (memo.hpp): the union below and the frame grammars share them (and the
// frame grammars' gap between a source and its verb).
enum mention_memo_id : int { memo_pronoun, memo_description, memo_group, memo_titled_name, memo_organization, memo_name, memo_source_gap };

// A cheap test, asked before a parse, of which kinds of mention (mention_def.hpp)
// may start at a word; it rules out most words no mention starts at. A name
// starts with a capital or another byte that is no lower-case ASCII letter,
// with a short particle before a hyphen ("al-Baghdadi") or with "the"; a
// description with a determiner or a possessive name. A pronoun or a
// determiner that stands alone may start any. Else a kind has its head (a
// title or a role, a group, an organisation) among the first words: no more
// than four modifiers come before it (six words after a determiner), and none
// of them is a preposition, a lead-in or a subordinator (each kind's modifiers
// exclude those three), unless it is inside a reporting verb of several words
// ("calls for probes").
struct mention_starts {
    std::uint32_t openers;       // the lists of pronouns and determiners that stand alone
    std::uint32_t determiners;   // the list of determiners
    std::uint32_t person_heads;  // the lists of each kind's head nouns
    std::uint32_t group_heads;
    std::uint32_t org_heads;
    std::uint32_t barriers;      // the lists no modifier starts in
    std::uint32_t firm_barriers; // ... nor one after a determiner
    std::size_t head_reach;       // the head is among this many words from the first
    std::size_t determined_reach; // ... from a determiner
    std::size_t cue_words;        // the most words a reporting verb has
    // What the lists say of a word (`kinds`): bits, 0 until asked
    enum word_kind : std::uint8_t {
        asked = 1, barrier = 2, firm_barrier = 4, cue_start = 8,
        person_head = 16, group_head = 32, org_head = 64, any_head = person_head | group_head | org_head
    };
    explicit mention_starts(const lexicon& lex);
    // The kinds that may start at the k-th of `words` (the offsets from `base`
    // of the words up to `last`, as chars::ws separates them), a bit per
    // mention_memo_id; 0 if none. `kinds` keeps each word's kind (0 until
    // asked): one lookup a word however many starts ask. `apostrophe`: whether
    // the text up to `last` has one (a possessive name needs it).
    std::uint8_t kinds_at(const parse_env& env, const char* base, const std::vector<std::size_t>& words, std::size_t k,
                          const char* last, std::vector<std::uint8_t>& kinds, bool apostrophe = true) const;
    // kinds_at, with the kinds ruled out recorded as no match at the word in
    // env's memo (for input up to `last`): a frame grammar that tries every
    // kind there skips them.
    std::uint8_t rule_out(const parse_env& env, const char* base, const std::vector<std::size_t>& words, std::size_t k,
                          const char* last, std::vector<std::uint8_t>& kinds, bool apostrophe = true) const;

private:
    std::uint32_t quote_cues;
};

} // namespace quotegraph::grammar
