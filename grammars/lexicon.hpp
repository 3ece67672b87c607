// Word lists the grammars consult at parse time. Filled from the YAML rules
// (src/rules.cpp) and put into every parse context once (config.hpp).
#pragma once
#include <boost/spirit/home/x3.hpp>

#include <string>
#include <vector>

namespace quotegraph::grammar {

namespace x3 = boost::spirit::x3;

struct cue_info {
    std::string lemma;
    std::string cls;        // neutral | distancing | factive | question ...
    bool participle = false; // saying, adding: the speaker is the clause's subject
    bool clause = true;      // can introduce reported speech (not only a quotation)
    bool object = false;     // takes an addressee before the clause: told reporters that
    bool quote = true;       // can frame a quotation ("…," she said), not only a clause
    bool inverts = true;     // may come before its subject: "…, said the minister"
    // "the race seems closer", "X appears to", "X is expected to": the subject is
    // part of the report. none | any (any complement) | to (an infinitive) | passive ("is expected to")
    std::string raising = "none";
};

struct lexicon {
    x3::symbols<int> cues;           // every inflected form -> index into cue_infos
    x3::symbols<int> compound_nouns; // source nouns of several words ("think tank", "news agency")
    x3::symbols<int> noun_cues;      // claim, call, vow: "his call to bring …" (index into cue_infos)
    x3::symbols<int> quote_cues;     // the forms that can frame a quotation (said; not "wants")
    std::vector<cue_info> cue_infos;
    x3::symbols<int> titles;         // "President", "Sen.", "spokesperson"
    x3::symbols<int> person_nouns;   // heads of described individuals: journalist, aide
    x3::symbols<int> group_nouns;    // plural heads: officials, sources, people
    x3::symbols<int> org_nouns;      // heads of organisations and media: television, ministry
    x3::symbols<int> determiners;    // a, the, another, two
    x3::symbols<int> lone_determiners; // another, one, others: a source on their own
    x3::symbols<int> prepositions;   // with, on, in: a quote right after one is a title
    x3::symbols<int> matrix_verbs;   // "but has withheld": the reporter's next verb
    x3::symbols<int> subordinators;  // when, if, while: open a subordinate clause
    x3::symbols<int> lead_ins;       // in, on, during, Monday: what may stand between a verb and "that"
    x3::symbols<int> pronouns;       // value: 0 he, 1 she, 2 they, 3 it, 4 we/I
    x3::symbols<int> hearsay_adverbs; // reportedly, allegedly: a report with no source
    x3::symbols<int> possessives;    // his, her, their, its (values as for pronouns)
    x3::symbols<int> particles;      // von, der, al, bin
    x3::symbols<int> name_suffixes;  // Jr., Sr., III
    x3::symbols<int> adverbs;        // also, later, has: may stand between source and cue
    x3::symbols<int> catenatives;    // continued, went on: "continued to insist" before a cue
    x3::symbols<int> stop_names;     // capitalised words that never start a name: The, But, In
};

struct lexicon_tag;

} // namespace quotegraph::grammar
