// Pieces shared by the frame grammars (frames, clauses): what may stand
// between a source and its verb, what may follow a verb, and a source tried
// kind by kind.
#pragma once
#include "chars.hpp"
#include "memo.hpp"
#include "mention.hpp"
#include "table_word.hpp"

namespace quotegraph::grammar {

namespace frames_detail {
using x3::char_;
using x3::eoi;
using x3::lit;
using x3::omit;
using x3::raw;
using x3::repeat;
using namespace chars;

// After the closing mark: `,"` or `",` then blanks.
static auto const after_quote = -lit(',') >> opt_ws;
// Between a source and its verb: an appositive, then "also", "later", "has".
// "Mr. Morgan of the Sierra Club said": where the source is from
static auto const affiliation = ws >> (lit("of") | lit("from") | lit("at") | lit("with") | lit("for")) >> word_end
    >> repeat(1, 8)[ws >> !cue_word >> +(char_ - (blank | char_(",:;!?\"\n") | lit("\xE2\x80")))];
// "He's not saying", "they're warning": a contracted auxiliary
static auto const contraction = apostrophe >> (lit("s") | lit("re") | lit("ve") | lit("d") | lit("ll")) >> word_end;
// "X this past week announced", "X on Monday said": when, before the verb
// ("during a protest" is no time: the noun after a determiner may be a cue)
static auto const time_phrase = +(lead_in_table >> ws) >> repeat(0, 2)[none_of<&lexicon::cues, &lexicon::determiners, &lexicon::lead_ins> >> word >> ws];
// "Novak (who has 25 delegates to date) said": a bracketed aside
static auto const bracket_aside = ws >> lit('(') >> repeat(1, 120)[char_ - char_("()\n")] >> lit(')');
// "Ann Lee - his girlfriend and co-host - told …": an aside between dashes
static auto const long_dash = lit("\xE2\x80\x94") | lit("\xE2\x80\x93");
static auto const dash_aside = ((ws >> (lit("--") | lit('-')) >> ws) | (opt_ws >> long_dash >> opt_ws))
    >> repeat(1, 120)[!(lit(" -") | long_dash | lit('\n')) >> char_] >> ((ws >> (lit("--") | lit('-'))) | (opt_ws >> long_dash));
static auto const source_gap_words = -affiliation >> -bracket_aside >> -dash_aside >> -appositive() >> -lit(',') >> -contraction >> ws >> -time_phrase
    >> -(lit("who") >> ws)
    >> *((adverb_word | ly_adverb) >> ws)
    // "continued to insist", "went on to say": the second verb is the cue
    >> -(catenative >> ws >> lit("to") >> ws >> *((adverb_word | ly_adverb) >> ws));
// (sources of several kinds and lengths end at the same word: "official",
// "senior official", "a senior official" before "said")
static auto const source_gap = memo<memo_source_gap>(source_gap_words);
// A verb that starts a noun of several words is none: "think tank"
static auto const reporting_verb = !compound_noun >> cue_word;
// What may follow the verb before the quote: an addressee, a venue, a time
// ("told reporters in Beijing on Friday"), then ':' or ','.
static auto const lead_in_word = +(char_ - (blank | char_(",:;.!?\"\n") | lit("\xE2\x80")));
static auto const lead_in = repeat(0, 8)[ws >> lead_in_word] >> opt_ws >> -(char_(":,")) >> opt_ws >> eoi;

// A source followed by `tail`, each kind of mention tried in turn: PEG does
// not come back into a mention that matched, so "Moreno campaign" (an
// organisation) must not hide "Moreno campaign manager Ann Lee said".
// The kinds are remembered per position (memo.hpp): a source that fails
// before one verb is tried again before the next.
static auto const any_pronoun = memo<memo_pronoun>(pronoun());
static auto const any_description = memo<memo_description>(description());
static auto const any_group = memo<memo_group>(group());
static auto const any_titled_name = memo<memo_titled_name>(titled_name());
static auto const any_organization = memo<memo_organization>(organization());
static auto const any_name = memo<memo_name>(name());
template <typename Tail>
auto source_then(Tail const& tail) {
    return (raw[any_pronoun] >> tail) | (raw[any_description] >> tail) | (raw[any_group] >> tail)
         | (raw[any_titled_name] >> tail) | (raw[any_organization] >> tail) | (raw[any_name] >> tail);
}
} // namespace frames_detail

} // namespace quotegraph::grammar
