// Speaker mentions: what kind a source span is, the part of it that names
// the speaker, its titles, and the entity type it suggests.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

// Classifies the span a frame grammar matched as a source. (The answer for
// a text is kept per thread and rule set, a bounded number of texts, and
// given again when the same text comes up, in this document or a later one.)
mention classify_mention(const document& d, span s, const rule_set& rules);

// The mention grammars worth trying on s: each needs its head noun among
// the words of s (a list entry may start one), so a grammar marked false here
// does not match at s.start within s. classify_mention tries no other.
struct mention_candidates {
    bool description = true, group = true, organization = true, titled_name = true;
};
mention_candidates candidates(const document& d, span s, const rule_set& rules);

// "26%", "One in five", "Nearly nine out of 10", "a third of voters": does
// the span open by counting people?
bool counts_people(const document& d, span s, const rule_set& rules);

// Person names anywhere in the text, for pronoun resolution: every name the
// name grammars find at a capitalised word that is not a sentence's first,
// but for names of one word with no title at their start (no antecedent:
// the resolver takes names of two words or with a title; most capitalised
// words are such a word, and classifying each cost 1% of the analysis).
std::vector<mention> find_names(const document& d, const rule_set& rules);

// 0 he, 1 she, 2 they, 3 it, 4 first person; -1 if not a pronoun.
int pronoun_class(std::string_view word, const rule_set& rules);

} // namespace quotegraph
