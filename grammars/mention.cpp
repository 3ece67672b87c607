#include "mention_def.hpp"

namespace quotegraph::grammar {

BOOST_SPIRIT_INSTANTIATE(pronoun_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(description_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(group_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(organization_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(titled_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(mention_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(appositive_type, iterator_type, context_type)

mention_starts::mention_starts(const lexicon& lex)
    : openers((1u << lex.pronouns.id) | (1u << lex.lone_determiners.id)), determiners(1u << lex.determiners.id),
      person_heads((1u << lex.titles.id) | (1u << lex.person_nouns.id)), group_heads(1u << lex.group_nouns.id),
      org_heads(1u << lex.org_nouns.id),
      barriers((1u << lex.prepositions.id) | (1u << lex.lead_ins.id) | (1u << lex.subordinators.id)),
      firm_barriers((1u << lex.lead_ins.id) | (1u << lex.subordinators.id)),
      // up to four modifiers of a word each, then the head; a modifier may also be
      // a reporting verb's form, of several words, right before an organisation
      // ("state television"), the fourth word at the latest
      head_reach(std::max<std::size_t>(5, 4 + lex.most_words(lex.quote_cues))),
      // after a determiner: "of", another determiner and three modifiers (a
      // group), or five modifiers (a description), then the head
      determined_reach(6 + std::max<std::size_t>(1, lex.most_words(lex.quote_cues))),
      cue_words(lex.most_words(lex.quote_cues)), quote_cues(1u << lex.quote_cues.id) {}

std::uint8_t mention_starts::kinds_at(const parse_env& env, const char* base, const std::vector<std::size_t>& words,
                                      std::size_t k, const char* last, std::vector<std::uint8_t>& kinds,
                                      bool apostrophe) const {
    constexpr std::uint8_t all = (1u << memo_pronoun) | (1u << memo_description) | (1u << memo_group) |
                                 (1u << memo_titled_name) | (1u << memo_organization) | (1u << memo_name);
    const char* p = base + words[k];
    if (p == last) return all;
    // a short particle before a hyphen opens a name: "al-Baghdadi"
    auto particle = [last](const char* w) {
        for (const char* q = w + 1; q < last && q < w + 4; ++q)
            if (*q == '-') return true;
        return false;
    };
    const bool lower = *p >= 'a' && *p <= 'z';
    if (lower && particle(p)) return all;
    const std::uint32_t lists = env.lex->lists_at(p, last, env.cache);
    if (lists & openers) return all;
    std::uint8_t possible = 0;
    // a name, or a possessive one that determines a description: "Ryan's spokeswoman"
    if (!lower) possible |= (1u << memo_name) | (apostrophe ? 1u << memo_description : 0u);
    const bool determined = (lists & determiners) && env.lex->match_any(determiners, p, last, env.cache);
    if (determined && last - p > 3 && std::string_view(p, 3) == "the" && chars::blank_at(p + 3, last)) {
        // "the Tamsbury Daily Courier": a name may follow
        const char* n = k + 1 < words.size() ? base + words[k + 1] : last;
        if (n == last || *n < 'a' || *n > 'z' || particle(n)) possible |= 1u << memo_name;
    }
    // each kind's head among the next words, with no modifier's barrier before it;
    // after a determiner only a lead-in or a subordinator that is no determiner is
    // one (a description's modifiers may be prepositions, a group's second word a
    // determiner)
    const std::size_t reach = determined ? determined_reach : head_reach;
    std::uint8_t heads_seen = 0;
    std::size_t cue_seen = 0; // one past the last word from k that may start a reporting verb
    // (locals: a byte stored through kinds may alias anything, and the
    // vectors' pointers and the lexicon's would be loaded again after each)
    std::uint8_t* const kind = kinds.data();
    const std::size_t* const word = words.data();
    const lexicon& lex = *env.lex;
    word_cache* const cache = env.cache;
    const std::size_t stop = std::min(k + reach, words.size());
    for (std::size_t i = determined ? k + 1 : k; i < stop; ++i) {
        std::uint8_t ki = kind[i];
        if (!ki) {
            const char* w = base + word[i];
            // (lists_at may say more lists than hold the word: a head or a verb is only
            // possible; a barrier must be sure, as none_of is)
            const std::uint32_t at = lex.lists_at(w, last, cache);
            // ("the 46-year-old": an age is a head too)
            const bool age = *w >= '0' && *w <= '9';
            ki = asked | (at & person_heads || age ? person_head : 0) | (at & group_heads ? group_head : 0) |
                 (at & org_heads ? org_head : 0) | (at & quote_cues ? cue_start : 0);
            if (!(ki & any_head) && lex.match_any(barriers, w, last, cache)) {
                ki |= barrier;
                if (lex.match_any(firm_barriers, w, last, cache) && !lex.match_any(determiners, w, last, cache))
                    ki |= firm_barrier;
            }
            kind[i] = ki;
        }
        heads_seen |= ki & any_head;
        // (a reporting verb of several words before an organisation is one modifier: "calls for probes")
        if (ki & (determined ? firm_barrier : barrier) && (!cue_seen || i - cue_seen + 1 >= cue_words)) break;
        if (ki & cue_start) cue_seen = i + 1;
    }
    if (heads_seen & person_head) possible |= (1u << memo_titled_name) | (determined ? 1u << memo_description : 0u);
    if (heads_seen & group_head) possible |= 1u << memo_group;
    if (heads_seen & org_head) possible |= 1u << memo_organization;
    return possible;
}

std::uint8_t mention_starts::rule_out(const parse_env& env, const char* base, const std::vector<std::size_t>& words,
                                      std::size_t k, const char* last, std::vector<std::uint8_t>& kinds,
                                      bool apostrophe) const {
    const std::uint8_t possible = kinds_at(env, base, words, k, last, kinds, apostrophe);
    if (possible && env.cache)
        for (int id = memo_pronoun; id <= memo_name; ++id)
            if (!(possible >> id & 1)) memo_no_match(*env.cache, base + words[k], last, id);
    return possible;
}

bool may_be_titled(const parse_env& env, const char* first, const char* last) {
    const lexicon& lex = *env.lex;
    const std::uint32_t person_heads = (1u << lex.titles.id) | (1u << lex.person_nouns.id);
    const std::uint32_t barriers = (1u << lex.prepositions.id) | (1u << lex.lead_ins.id) | (1u << lex.subordinators.id);
    const std::uint32_t quote_cues = 1u << lex.quote_cues.id;
    const bool long_cues = lex.most_words(lex.quote_cues) > 1; // (a verb's form of several words)
    const char* w = first;
    for (int k = 0; k < 5 && w < last; ++k) {
        std::size_t run;
        const std::uint32_t at = lex.lists_at(w, last, env.cache, run);
        if (at & person_heads) return true;
        if (at & quote_cues && long_cues && lex.settle(quote_cues, w, last, env.cache) < 0) return true;
        if (at & barriers && lex.match_any(barriers, w, last, env.cache)) return false;
        // the next word, past the blanks after this one: a modifier is a word
        // (letters and digits, inner hyphens, stops, apostrophes) and a blank;
        // a comma, a bracket, a line's end before the blank ends the words
        const char* e = w + run;
        if (e + 1 < last && *e == ' ' && !chars::blank_at(e + 1, last)) {
            w = e + 1;
            continue;
        }
        for (; e < last && !chars::blank_at(e, last); ++e)
            if (*e == ',' || *e == ';' || *e == ':' || *e == '"' || *e == '(' || *e == ')' || *e == '\n') return false;
        if (e == last) return false;
        while (const std::size_t n = chars::blank_at(e, last)) e += n;
        w = e;
    }
    return false;
}

pronoun_type const& pronoun() { return pronoun_rule; }
description_type const& description() { return description_rule; }
group_type const& group() { return group_rule; }
organization_type const& organization() { return organization_rule; }
titled_name_type const& titled_name() { return titled_name_rule; }
name_type const& name() { return name_rule; }
mention_type const& mention() { return mention_rule; }
appositive_type const& appositive() { return appositive_rule; }

} // namespace quotegraph::grammar
