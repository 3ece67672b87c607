// Rule files (YAML) -> the lexicon the grammars read. Default rules are
// compiled into the binary; directories given with --rules add to them.
// Problems come back as values, one "FILE:LINE:COL: error: message" each.
#pragma once
#include "../grammars/lexicon.hpp"
#include "../grammars/short_keys.hpp"

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace quotegraph {
namespace x3 = boost::spirit::x3;

struct known_source {
    std::string name;
    std::string_view type;      // media | organization | government | person (interned: see intern)
    bool state_controlled = false;
};

// (the first's hash multiplied: a pair and its swap hash apart)
struct string_pair_hash {
    std::size_t operator()(const std::pair<std::string, std::string>& k) const noexcept {
        return hash_string(k.first) * 0x9E3779B97F4A7C15ull ^ hash_string(k.second);
    }
};

// Where an entry in effect was defined: `rules list` shows it, `--explain`
// names it, a later file may override or disable it.
struct rule_origin {
    std::shared_ptr<const std::string> path; // (one per file, shared by its entries)
    int line = 0;
    // (empty for an origin made by a lookup of an entry no file defined, as before the sharing)
    const std::string& file() const {
        static const std::string none;
        return path ? *path : none;
    }
};

// An example a rule file carries: text that must (or must not) yield an
// attribution with the given fields. `rules test` runs them.
struct rule_example {
    std::string file;
    int line = 0;
    std::string text;
    std::map<std::string, std::string> expect; // cue, speaker, source, content, kind, flag, verdict
    bool must_not_match = false;
};

// Where a flag rule's phrases count around a claim.
enum class phrase_scope : std::uint8_t { sentence, paragraph, document };
std::string_view to_string(phrase_scope s);

// When a flag is raised (rules/flags.yaml): a phrase near the claim, a
// phrase in its source or its frame, a class of its cue, a type of its
// speaker, a state-controlled known source, a relayed claim, or one that no
// independent source corroborates.
struct flag_rule {
    std::string_view flag; // (interned: see intern)
    std::vector<std::string> phrases;        // lower case, matched as whole words
    phrase_scope scope = phrase_scope::sentence;
    // anywhere in the document, for the claims relayed from the place the phrase's sentence names
    std::vector<std::string> place_phrases;
    std::vector<std::string> source_phrases; // in the source's words ("state television")
    std::vector<std::string> frame_phrases;  // in the frame's words ("it is believed")
    bool relayed = false;                    // the publisher has it through another source
    bool uncorroborated = false;             // no independent source in the graph asserts a matching claim
    std::vector<std::string> classes;        // cue classes ("distancing")
    std::vector<std::string> speaker_types;  // entity types ("group", "unnamed")
    bool state_controlled = false;           // the speaker is a known source marked state-controlled
};

// A set of words asked about with a string_view (no string built per question).
// Open addressing: with std::unordered_set's bucket, node and string, one
// load waiting on another, their lookups were 2.7% of wall-time samples.
using word_set = boost::unordered_flat_set<std::string, string_hash, std::equal_to<>>;
template <typename T>
using word_map = boost::unordered_flat_map<std::string, T, string_hash, std::equal_to<>>;

// How flags weigh on a claim's verdict (rules/verdicts.yaml).
struct verdict_rules {
    word_map<int> weights; // by flag id
    int needs_check_at = 1;
    int unverifiable_at = 3;
    std::vector<std::string> on_record_kinds{"direct"};
};

// A number of its own for every rule set, and for every copy of one, so that
// what is kept across documents (classify_mention's answers) is kept per rule
// set. A rule set is not changed once texts are analysed with it.
struct rule_set_serial {
    std::uint64_t value;
    rule_set_serial();
    rule_set_serial(const rule_set_serial&) : rule_set_serial() {}
    rule_set_serial& operator=(const rule_set_serial&) {
        value = rule_set_serial().value;
        return *this;
    }
};

struct rule_set {
    rule_set_serial serial;
    grammar::lexicon lex;
    word_set abbreviations;
    word_set sentence_openers;    // "U.S. While …": a stop after all
    word_set evidence_nouns;      // poll, survey: "In the new poll, …" reports
    word_set gerund_openers;      // by, after: "… by accusing him of …" speaks for the subject
    word_set venues;              // interview, statement: "… in an interview" says where
    word_set finite_auxiliaries;  // is, has, may: "Her plan to … is a good idea" ends the plan
    word_set adverbial_openers;   // in, during: "In recent days, he said …" opens with no clause
    word_set heading_labels;      // "Contributing:", "The Latest:": no speaker before the colon
    word_set comma_breaks;        // ", while …", ", which …": the report ends at the comma
    // 'q' a quantity (one, half, most: "One in five say …" is a subject), 'a' an
    // approximator (nearly, about: may come before a quantity); one lookup a word
    word_map<char> counting_words;
    word_map<known_source> sources; // by name and by every alias
    word_set places;              // capitals and countries: metonymy
    word_map<std::string_view> noun_types; // (static text) source noun -> unnamed | group | organization | media
    std::vector<std::string> files;                     // where the rules came from
    // (kind, entry) -> where defined; filled at every start, read by `rules
    // list` (which sorts it) and --explain: a hash map, not a tree of nodes
    using origin_map = boost::unordered_flat_map<std::pair<std::string, std::string>, rule_origin, string_pair_hash>;
    origin_map origins;
    std::vector<rule_example> examples;
    std::vector<flag_rule> flag_rules;
    verdict_rules verdicts;
    // Each cue entry's forms, so that a later file can take back what it
    // added to the lexicon: the (list, form) pairs follow from them (see
    // each_cue_form in rules.cpp), and are not kept one string each.
    struct cue_record {
        std::vector<std::string> forms;
        bool verb = true;   // a reporting verb (else a noun)
        bool quote = false; // a verb that frames quotations
        friend bool operator==(const cue_record&, const cue_record&) = default;
    };
    std::map<std::pair<std::string, std::string>, cue_record> cue_forms;
};

struct rule_doc_view;

struct rule_file {
    std::string name;     // shown in messages
    std::string content;
    // The default files only: the file's YAML tree, built when quotegraph
    // was built (scripts/embed_rules.cpp), which the loader reads instead of
    // parsing `content`.
    const rule_doc_view* doc = nullptr;
};

struct rules_result {
    std::shared_ptr<rule_set> rules;
    std::vector<std::string> errors;
    bool ok() const { return errors.empty(); }
};

// The files compiled into the binary (rules/*.yaml at build time).
const std::vector<rule_file>& default_rule_files();

// Loads the defaults, then every *.yaml file of each directory in order.
rules_result load_rules(const std::vector<std::string>& dirs);
rules_result load_rules_from(const std::vector<rule_file>& files);

// Regular inflections of a verb lemma: say -> says, sayed, saying (irregular
// verbs list their forms in the rule file instead).
std::vector<std::string> inflect(const std::string& lemma);

} // namespace quotegraph
