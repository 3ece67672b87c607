#pragma once
#include "chars.hpp"
#include "memo.hpp"
#include "mention.hpp"
#include "table_word.hpp"

namespace quotegraph::grammar {

namespace mention_detail {
using x3::char_;
using x3::lit;
using x3::repeat;
using namespace chars;

static auto const cap_start = capital;
// Kassym-Jomart, O'Brien, McCain, Ørsted
// cap_start >> *letter >> *((lit('-') | apostrophe) >> +letter) >> word_end, by hand
inline const char* scan_name_part(const char* p, const char* end) {
    const char* q = chars::scan_capital(p, end);
    if (!q) return nullptr;
    auto letters = [end](const char* r) {
        while (const char* n = chars::scan_letter(r, end)) r = n;
        return r;
    };
    q = letters(q);
    for (;;) {
        std::size_t sep = 0;
        if (q < end && (*q == '-' || *q == '\'')) sep = 1;
        else if (end - q >= 3 && q[0] == '\xE2' && q[1] == '\x80' && q[2] == '\x99') sep = 3;
        const char* r = sep ? chars::scan_letter(q + sep, end) : nullptr;
        if (!r) break;
        q = letters(r);
    }
    return lexicon::word_ends(q, end) ? q : nullptr;
}
static chars::scan_parser<scan_name_part> const name_part{};
static auto const initial = ascii_upper >> lit('.') >> &blank;
// al-Baghdadi, el-Sisi, bin-Salman
static auto const hyphen_particle = repeat(1, 3)[ascii_lower] >> lit('-') >> name_part;
// F.D.A., U.N.: a dotted acronym is one name token
static auto const dotted_acronym = ascii_upper >> lit('.') >> ascii_upper >> *(lit('.') >> ascii_upper) >> -lit('.');
static auto const name_token = none_of<&lexicon::stop_names, &lexicon::name_suffixes> >> (dotted_acronym | initial | name_part | hyphen_particle);
// The plain words of a noun phrase; a reporting verb ends the phrase.
// "the Joneses’ campaign": a plural possessive keeps its apostrophe
static auto const plain_word = ((!quote_cue_word) | &compound_noun) >> word >> -(lit('.') | (apostrophe >> !alnum))
    // "state television", "report cards": a verb's form right before a head noun modifies it
    | quote_cue_word >> &(ws >> org_noun >> word_end);
static auto const tail_words = repeat(1, 24)[-lit(',') >> ws >> plain_word];
// may_be_titled as a parser, consuming nothing
struct title_ahead_parser : x3::parser<title_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        return may_be_titled(x3::get<lexicon_tag>(ctx), first, last);
    }
};
static title_ahead_parser const title_ahead{};
} // namespace mention_detail

pronoun_type const pronoun_rule = "pronoun";
description_type const description_rule = "description";
group_type const group_rule = "group";
organization_type const organization_rule = "organization";
titled_name_type const titled_name_rule = "titled_name";
name_type const name_rule = "name";
mention_type const mention_rule = "mention";
appositive_type const appositive_rule = "appositive";
unchecked_titled_name_type const unchecked_titled_name_rule = "unchecked_titled_name";

using namespace mention_detail;

// "who lives in the capital, Astana," may run over commas; "for the daily
// Izvestia", "familiar with the matter" may not (", with President X saying"
// is another clause).
auto const relative_clause = ws >> (lit("who") | lit("which") | lit("that")) >> word_end >> tail_words;
auto const prepositional = ws >> (lit("for") | lit("of") | lit("at") | lit("with") | lit("from") | lit("in")
                                  | lit("close to") | lit("familiar with") | lit("briefed on")
                                  | lit("knowledgeable about") | lit("involved in") | lit("known as") | lit("on"))
                           >> word_end >> repeat(1, 10)[ws >> plain_word];
auto const post_modifier = prepositional >> -relative_clause | relative_clause;

auto const pronoun_rule_def = pronoun_word;

// "the president" and "the spokesperson" name a role, as "a journalist" does
// "the 46-year-old"
static auto const age_noun = +digit >> lit("-year-old") >> word_end;
static auto const person_head = any_of<&lexicon::person_nouns, &lexicon::titles> | age_noun;
// A head noun followed by another is a modifier: "the Republican presidential nominee".
static auto const modifier = !(person_head >> !(ws >> person_head)) >> (none_of<&lexicon::lead_ins, &lexicon::subordinators> >> plain_word);
// "Ryan's spokeswoman", "the Washington Post's Ishaan Tharoor": a possessive name determines
static auto const possessive = cap_start >> *letter >> *(ws >> cap_start >> *letter) >> apostrophe
    >> (lit('s') >> word_end | &blank);
// ... and so is one followed by a noun that goes on: "a former Republican committee
// staffer". Tried first; PEG falls back to the plain reading ("the senator himself").
static auto const phrase_opener = (lit("who") | lit("which") | lit("that") | lit("whose") | lit("and") | lit("or")
                                   | lit("close") | lit("familiar") | lit("briefed") | lit("knowledgeable")
                                   | lit("involved") | lit("known")) >> word_end;
static auto const continuer = person_head
    | (none_of<&lexicon::lead_ins, &lexicon::subordinators, &lexicon::prepositions, &lexicon::determiners> >> (plain_word - phrase_opener));
static auto const long_modifier = !(person_head >> !(ws >> continuer)) >> (none_of<&lexicon::lead_ins, &lexicon::subordinators> >> plain_word);
static auto const noun_phrase = (repeat(0, 5)[ws >> long_modifier] >> ws >> person_head)
    | (repeat(0, 5)[ws >> modifier] >> ws >> person_head);
// "the Florida senator and Republican presidential candidate"
auto const description_rule_def = ((determiner | possessive) >> noun_phrase
                                   >> -(ws >> lit("and") >> noun_phrase) >> -post_modifier)
    | lone_determiner;

// "one of two witnesses", "some of the officials"
static auto const single_group = -(determiner >> ws >> lit("of") >> ws) >> -(determiner >> ws)
    >> repeat(0, 3)[(!(group_noun >> !(ws >> group_noun)) >> (none_of<&lexicon::determiners, &lexicon::lead_ins, &lexicon::prepositions, &lexicon::subordinators> >> plain_word)) >> ws] >> group_noun
    >> -post_modifier;
// "many experts and some lawmakers"
auto const group_rule_def = single_group >> -(ws >> lit("and") >> ws >> single_group);

// "the editorial board": a head noun followed by another is a modifier here too
auto const organization_rule_def = -(determiner >> ws)
    >> repeat(0, 3)[(!(org_noun >> !(ws >> org_noun)) >> (none_of<&lexicon::determiners, &lexicon::lead_ins, &lexicon::prepositions, &lexicon::subordinators> >> plain_word)) >> ws] >> org_noun;

// "Rep. Bobby Scott (D-Va.)": a party and state in brackets belong to the name
static auto const name_bracket = ws >> lit('(') >> repeat(1, 24)[char_ - char_("()\n")] >> lit(')');
static auto const single_name = name_token >> *(ws >> *(particle_word >> ws) >> name_token)
    >> -(-lit(',') >> ws >> name_suffix) >> -name_bracket;
// "Cummings and Conyers wrote": two names that speak together
auto const name_rule_def = -((lit("the") | lit("The")) >> ws) >> single_name
    >> -(ws >> lit("and") >> ws >> &cap_start >> single_name);

// Modifiers and titles before a name: Chinese Foreign Office spokesperson, former Sen.
// "undecided Republican voter Stephanie Hooton": a role noun works as a title
// "Millikin assistant athletic director Bryan Marshall": modifiers and titles may alternate.
static auto const titled_words = repeat(1, 3)[repeat(0, 4)[(none_of<&lexicon::titles, &lexicon::person_nouns, &lexicon::prepositions, &lexicon::lead_ins, &lexicon::subordinators> >> plain_word) >> ws]
    >> +(any_of<&lexicon::titles, &lexicon::person_nouns> >> ws)] >> name_rule;
auto const titled_name_rule_def = title_ahead >> titled_words;
auto const unchecked_titled_name_rule_def = titled_words;

auto const mention_rule_def = memo<memo_pronoun>(pronoun_rule) | memo<memo_description>(description_rule)
    | memo<memo_group>(group_rule) | memo<memo_titled_name>(titled_name_rule)
    | memo<memo_organization>(organization_rule) | memo<memo_name>(name_rule);

// ", a doctor at the hospital," / ", 20," between a name and its verb
// ", hoping to win the state,": a participle may open one
auto const appositive_rule_def = lit(',') >> ws
    >> ((+digit >> -(ws >> plain_word)) | ((plain_word | word) >> repeat(0, 24)[(lit(',') >> ws >> !lead_in_table >> plain_word) | (ws >> plain_word)]))
    >> lit(',');

BOOST_SPIRIT_DEFINE(pronoun_rule, description_rule, group_rule, organization_rule, titled_name_rule,
                    name_rule, mention_rule, appositive_rule, unchecked_titled_name_rule)

} // namespace quotegraph::grammar
