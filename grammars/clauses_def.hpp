#pragma once
#include "ast_adapted.hpp"
#include "chars.hpp"
#include "clauses.hpp"
#include "frame_parts.hpp"

namespace quotegraph::grammar {

namespace clauses_detail {
using namespace frames_detail;

// After the verb or the source: "on Friday", "in a statement" — then the sentence ends.
// After a trailing verb only an addressee and adverbials may follow ("told
// reporters on Friday, two days after …"), not an object: ", they proposed
// sweeping changes." is no frame.
// ... and a "that" after the verb means the clause follows it: no trailing frame.
static auto const complementizer = (lit("that") | lit("whether") | lit("if")) >> word_end;
// A full stop belongs to the source ("the F.D.A.", "Mr. Smith") unless it ends the sentence.
static auto const final_stop = lit('.') >> *(char_("\"')") | lit("\xE2\x80\x9D") | lit("\xE2\x80\x99")) >> opt_ws >> eoi;
// a word of the tail may hold an abbreviation's stop ("introducing Mr. Diaz"), not the final one
static auto const tail_word = +(char_ - (blank | char_(",:;!?\"\n") | lit("\xE2\x80") | final_stop));
// "decided to take aim at …": an infinitive after the verb makes it no frame
static auto const infinitive = lit("to") >> ws >> none_of<&lexicon::determiners, &lexicon::possessives, &lexicon::pronouns> >> bare_lower_word;
static auto const tail_phrase = ws >> ((!infinitive >> lead_in_table) | (mention() >> &(opt_ws >> (char_(",.!?;") | eoi))))
    >> repeat(0, 20)[((lit(',') >> ws >> !ing_word) | ws) >> !complementizer >> tail_word];
// "…, said Robert Egge, executive director of X, whose advocates lean on …"
static auto const relative_tail = opt_ws >> (lit("who") | lit("whose") | lit("which")) >> word_end
    >> *(char_ - char_(".!?\n"));
// "…, one official said, speaking on condition of anonymity."
// ("…, adding that …" is a report of its own, which the trailing frame looks for)
static auto const participle_tail = opt_ws >> lit(',') >> ws >> ing_word
    >> *(char_ - char_(".!?\n"));
static auto const sentence_end_tail = -relative_tail >> -participle_tail >> opt_ws
    >> *char_(".!?;") >> *(char_("\"')") | lit("\xE2\x80\x9D") | lit("\xE2\x80\x99")) >> opt_ws >> eoi;
static auto const sentence_tail = -tail_phrase >> sentence_end_tail;

// (the comma may have stayed inside a closing quotation mark: `"…," she said`)
static auto const clause_comma = -lit(',') >> opt_ws;
} // namespace clauses_detail

clause_source_cue_type const clause_source_cue_rule = "clause-comma-source-cue";
clause_loose_source_cue_type const clause_loose_source_cue_rule = "clause-comma-phrase-cue";
clause_cue_source_type const clause_cue_source_rule = "clause-comma-cue-source";
clause_according_to_type const clause_according_to_rule = "clause-according-to-source";
according_to_clause_type const according_to_clause_rule = "according-to-source-clause";
source_cue_type const source_cue_rule = "source-cue-clause";
inserted_source_cue_type const inserted_source_cue_rule = "clause-source-cue-clause";
inserted_according_to_type const inserted_according_to_rule = "clause-according-to-clause";
source_colon_clause_type const source_colon_clause_rule = "source-colon-clause";
possessive_cue_type const possessive_cue_rule = "possessive-noun-clause";

using namespace clauses_detail;
using frames_detail::source_gap;
using frames_detail::source_then;

// "…, the two men said.", "…, Former White House Doctor Says.": a noun
// phrase no mention rule knows, opened by a determiner or a capital, before
// a verb that frames speech and the sentence's end
static auto const loose_word = none_of<&lexicon::quote_cues, &lexicon::adverbs, &lexicon::subordinators, &lexicon::prepositions, &lexicon::lead_ins,
                                          &lexicon::pronouns>
    >> !((lit("who") | lit("that") | lit("and") | lit("to")) >> word_end)
    >> word >> -apostrophe;
// ("a study by the Council of Schools", "records": "of" and "by" may join its words,
// and a plural may stand alone)
static auto const loose_joiner = (lit("of") | lit("by")) >> word_end;
static auto const loose_subject = raw[((determiner | (ascii_upper >> loose_word)) >> repeat(0, 7)[ws >> (loose_joiner | (determiner >> &(ws >> loose_word)) | loose_word)])
                                      | (&ascii_lower >> !bare_lower_word >> loose_word)] >> omit[ws];
// "…, Mr. Ortiz told CNN in August.", "…, she told a Senate panel.": whom the
// verb addresses (any noun phrase after a determiner), then when or where
static auto const after_addressee = -(&(ws >> !infinitive >> lead_in_table)
                                      >> repeat(0, 20)[((lit(',') >> ws >> !ing_word) | ws) >> !complementizer >> tail_word])
    // "… told his advisers as he left for the airport."
    >> -(ws >> (lit("as") | lit("while") | lit("when") | lit("after") | lit("before")) >> word_end
         >> repeat(1, 30)[ws >> tail_word])
    >> sentence_end_tail;
// (each reading of the addressee tried in turn: PEG does not come back into one that matched)
static auto const addressee_tail = (ws >> mention() >> after_addressee)
    | (ws >> any_of<&lexicon::determiners, &lexicon::possessives> >> repeat(1, 4)[ws >> loose_word] >> after_addressee);
// ("…, as one resident put it.")
auto const clause_source_cue_rule_def = omit[clause_comma] >> omit[-(lit("as") >> ws)]
    >> source_then(omit[source_gap] >> ((raw[frames_detail::reporting_verb] >> omit[sentence_tail])
                                        | (raw[addressee_verb] >> omit[addressee_tail])));
auto const clause_loose_source_cue_rule_def = omit[clause_comma] >> loose_subject >> raw[quote_cue_word]
    >> omit[opt_ws >> +char_(".!?") >> *(char_("\"')") | lit("\xE2\x80\x9D") | lit("\xE2\x80\x99")) >> opt_ws >> eoi];
// whatever follows "according to X" up to the stop still names the source
// (abbreviations inside it keep their stops: "a friend of Gov. Ann Hart")
// (bounded, so that trying it at every character stays linear)
static auto const sentence_end = repeat(0, 3)[char_(".!?")]
    >> repeat(0, 3)[char_("\"')") | lit("\xE2\x80\x9D") | lit("\xE2\x80\x99")] >> repeat(0, 4)[blank] >> eoi;
static auto const rest_of_sentence = *(char_ - lit('\n') - sentence_end) >> sentence_end;
auto const clause_cue_source_rule_def = omit[clause_comma] >> raw[cue_word] >> omit[ws] >> !complementizer
    // ("…, said Ross Lee of the Policy Institute.")
    >> raw[mention() >> -(&(ws >> lit("of") >> word_end) >> frames_detail::affiliation)]
    // "…, said David Axelrod, a longtime ally who served with him." — an open appositive
    >> omit[(-appositive() >> sentence_tail) | (opt_ws >> lit(',') >> rest_of_sentence)];
// After "according to" any noun phrase names the source ("a recent Washington
// Post-ABC News poll", "preliminary exit polling reported by CNN"): up to the comma.
static auto const according_source = raw[word >> *(char_ - char_(",!?;\n") - final_stop)];
auto const clause_according_to_rule_def = omit[-lit(',') >> opt_ws] >> raw[lit("according to")] >> omit[ws]
    >> according_source >> omit[rest_of_sentence];
auto const inserted_source_cue_rule_def = omit[clause_comma]
    >> source_then(omit[source_gap] >> raw[cue_word] >> omit[-tail_phrase >> opt_ws >> lit(',')]);
static auto const free_source = raw[+(char_ - char_(",!?;\n"))];
auto const inserted_according_to_rule_def = omit[clause_comma] >> raw[lit("according to")] >> omit[ws]
    >> free_source >> omit[lit(',')];
auto const according_to_clause_rule_def = raw[lit("According to") | lit("according to")] >> omit[ws]
    >> free_source >> omit[opt_ws >> lit(',')];
auto const source_cue_rule_def = source_then(omit[source_gap] >> raw[frames_detail::reporting_verb]);

auto const source_colon_clause_rule_def = raw[titled_name() | name() | organization() | description() | group()]
    >> omit[opt_ws >> lit(':') >> ws];

// "his call to", "Lee's claim that", "the senator's insistence on"
// (the caller checks that a name ends in 's: names keep their apostrophes)
static auto const possessor = possessive_word | any_titled_name | any_name | any_description | any_organization;
auto const possessive_cue_rule_def = raw[possessor] >> omit[ws >> repeat(0, 2)[(word - noun_cue_word) >> ws]] >> raw[noun_cue_word]
    >> &(ws >> (lit("that") | lit("to") | lit("of") | lit("on") | lit("for") | lit("about")) >> word_end);

BOOST_SPIRIT_DEFINE(possessive_cue_rule, source_colon_clause_rule, clause_source_cue_rule, clause_loose_source_cue_rule, clause_cue_source_rule, clause_according_to_rule,
                    according_to_clause_rule, source_cue_rule, inserted_source_cue_rule,
                    inserted_according_to_rule)

} // namespace quotegraph::grammar
