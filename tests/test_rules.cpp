#include "explain.hpp"
#include "rule_doc.hpp"
#include "../grammars/chars.hpp"
#include "../grammars/memo.hpp"
#include "../grammars/prefix_trie.hpp"
#include "../grammars/short_keys.hpp"
#include "helpers.hpp"

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

using namespace quotegraph;

TEST_CASE("regular inflections are derived") {
    CHECK(inflect("claim") == std::vector<std::string>{"claim", "claims", "claimed", "claiming"});
    CHECK(inflect("note") == std::vector<std::string>{"note", "notes", "noted", "noting"});
    CHECK(inflect("reply") == std::vector<std::string>{"reply", "replies", "replied", "replying"});
    CHECK(inflect("push") == std::vector<std::string>{"push", "pushes", "pushed", "pushing"});
}

TEST_CASE("same_bytes compares every byte of keys of 0 to 40 bytes") {
    // (it loads a key in pieces that may overlap: each byte must be in one)
    for (std::size_t n = 0; n <= 40; ++n) {
        const std::string key(n, 'a');
        const std::string text = "x" + key + "yyyyyyyy"; // the same bytes elsewhere, more after them
        CHECK(quotegraph::same_bytes(key.data(), text.data() + 1, n));
        for (std::size_t i = 0; i < n; ++i) {
            std::string other = key;
            other[i] = 'b';
            CAPTURE(n);
            CAPTURE(i);
            CHECK_FALSE(quotegraph::same_bytes(key.data(), other.data(), n));
            CHECK_FALSE(quotegraph::same_bytes(other.data(), key.data(), n));
        }
    }
}

TEST_CASE("the string hash reads every byte of a key, and only the key") {
    // (one byte changed at each position of keys of 1 to 40 bytes: the loop's
    // and the tail's loads between them must cover each byte)
    for (std::size_t n = 1; n <= 40; ++n) {
        std::string key(n, 'a');
        const std::uint64_t base = quotegraph::hash_string(key);
        std::set<std::uint64_t> seen{base};
        for (std::size_t i = 0; i < n; ++i) {
            std::string other = key;
            other[i] = 'b';
            CHECK(seen.insert(quotegraph::hash_string(other)).second);
        }
        // keys that differ in length only
        CHECK(quotegraph::hash_string(key + "a") != base);
        // the same key inside a longer text: its bytes alone count
        const std::string text = "x" + key + "yyyyyyyy";
        CHECK(quotegraph::hash_string(std::string_view(text).substr(1, n)) == base);
    }
    CHECK(quotegraph::hash_string("") != quotegraph::hash_string(std::string_view("\0", 1)));
}

TEST_CASE("the default rules load without problems") {
    auto r = load_rules({});
    CHECK(r.errors.empty());
    CHECK(r.rules->lex.cues.find("said"));
    CHECK(r.rules->lex.cues.find("insisted"));
    CHECK_FALSE(r.rules->lex.cues.find("table"));
}

TEST_CASE("the default rules read from their built-in tables are the rules read from the files as written") {
    const auto& defaults = default_rule_files();
    REQUIRE(!defaults.empty());
    for (const auto& f : defaults) {
        CAPTURE(f.name);
        CHECK(f.doc); // embed_rules built a table for every default file
    }
    auto as_written = defaults;
    for (auto& f : as_written) f.doc = nullptr;
    const auto a = load_rules_from(defaults);
    const auto b = load_rules_from(as_written);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const rule_set& x = *a.rules;
    const rule_set& y = *b.rules;
    CHECK(x.files == y.files);
    // every entry where it was defined, to the line
    CHECK(x.origins.size() == y.origins.size());
    CHECK(std::equal(x.origins.begin(), x.origins.end(), y.origins.begin(), y.origins.end(), [](const auto& p, const auto& q) {
        return p.first == q.first && p.second.file() == q.second.file() && p.second.line == q.second.line;
    }));
    REQUIRE(x.examples.size() == y.examples.size());
    for (std::size_t i = 0; i < x.examples.size(); ++i) {
        const auto &e = x.examples[i], &f = y.examples[i];
        CHECK(std::tie(e.file, e.line, e.text, e.expect, e.must_not_match) ==
              std::tie(f.file, f.line, f.text, f.expect, f.must_not_match));
    }
    REQUIRE(x.flag_rules.size() == y.flag_rules.size());
    for (std::size_t i = 0; i < x.flag_rules.size(); ++i) {
        const auto &e = x.flag_rules[i], &f = y.flag_rules[i];
        CHECK(std::tie(e.flag, e.phrases, e.scope, e.place_phrases, e.source_phrases, e.frame_phrases, e.relayed,
                       e.uncorroborated, e.classes, e.speaker_types, e.state_controlled) ==
              std::tie(f.flag, f.phrases, f.scope, f.place_phrases, f.source_phrases, f.frame_phrases, f.relayed,
                       f.uncorroborated, f.classes, f.speaker_types, f.state_controlled));
    }
    CHECK(std::tie(x.verdicts.weights, x.verdicts.needs_check_at, x.verdicts.unverifiable_at, x.verdicts.on_record_kinds) ==
          std::tie(y.verdicts.weights, y.verdicts.needs_check_at, y.verdicts.unverifiable_at, y.verdicts.on_record_kinds));
    for (auto set : {&rule_set::abbreviations, &rule_set::sentence_openers, &rule_set::evidence_nouns,
                     &rule_set::gerund_openers, &rule_set::venues, &rule_set::finite_auxiliaries,
                     &rule_set::adverbial_openers, &rule_set::heading_labels, &rule_set::comma_breaks, &rule_set::places})
        CHECK(x.*set == y.*set);
    CHECK(x.counting_words == y.counting_words);
    CHECK(x.noun_types == y.noun_types);
    CHECK(x.cue_forms == y.cue_forms);
    REQUIRE(x.sources.size() == y.sources.size());
    for (const auto& kv : x.sources) {
        const std::string& name = kv.first; // (a structured binding: clang's lambdas in CAPTURE cannot take it)
        const known_source& s = kv.second;
        CAPTURE(name);
        REQUIRE(y.sources.count(name));
        const auto& t = y.sources.at(name);
        CHECK(std::tie(s.name, s.type, s.state_controlled) == std::tie(t.name, t.type, t.state_controlled));
    }
    using grammar::lexicon;
    for (auto table : {&lexicon::cues, &lexicon::compound_nouns, &lexicon::noun_cues, &lexicon::quote_cues,
                       &lexicon::titles, &lexicon::person_nouns, &lexicon::group_nouns, &lexicon::org_nouns,
                       &lexicon::determiners, &lexicon::lone_determiners, &lexicon::prepositions,
                       &lexicon::matrix_verbs, &lexicon::subordinators, &lexicon::lead_ins, &lexicon::pronouns,
                       &lexicon::hearsay_adverbs, &lexicon::possessives, &lexicon::particles,
                       &lexicon::name_suffixes, &lexicon::adverbs, &lexicon::catenatives, &lexicon::stop_names}) {
        CAPTURE((x.lex.*table).id);
        CHECK((x.lex.*table).current == (y.lex.*table).current);
    }
    REQUIRE(x.lex.cue_infos.size() == y.lex.cue_infos.size());
    for (std::size_t i = 0; i < x.lex.cue_infos.size(); ++i) {
        const auto &c = x.lex.cue_infos[i], &d = y.lex.cue_infos[i];
        CHECK(std::tie(c.lemma, c.cls, c.participle, c.clause, c.object, c.quote, c.inverts, c.raising) ==
              std::tie(d.lemma, d.cls, d.participle, d.clause, d.object, d.quote, d.inverts, d.raising));
    }
}

TEST_CASE("a problem in a file read from its table is reported at its line and column") {
    const std::string content = "kind: reporting_verbs\nversion: 1\nentries:\n  - lemma: say\n    clas: neutral\n";
    const rule_doc doc = rule_doc_from_yaml(YAML::Load(content));
    const rule_doc_view view = doc.view();
    auto r = load_rules_from({{"k.yaml", content, &view}});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0] == "k.yaml:5:5: error: unknown key 'clas' in an entry; did you mean 'class'?");
    CHECK(load_rules_from({{"k.yaml", content}}).errors == r.errors);
}

TEST_CASE("a rule node reads as yaml-cpp's node does") {
    const std::string content = "a: [x, ~, '']\nb: {c: 12, d: yes}\ne:\n";
    const YAML::Node y = YAML::Load(content);
    const rule_doc doc = rule_doc_from_yaml(y);
    const rule_doc_view view = doc.view();
    const rule_node n(&view);
    CHECK(n.IsMap());
    CHECK(n.size() == 3);
    CHECK(n["a"].IsSequence());
    CHECK(n["a"].size() == 3);
    CHECK_THROWS_AS(n["a"].as<std::string>(), YAML::TypedBadConversion<std::string>);
    std::vector<std::string> items;
    for (const auto& item : n["a"]) items.push_back(item.as<std::string>());
    CHECK(items == std::vector<std::string>{"x", "null", ""});
    CHECK(n["b"]["c"].as<int>() == 12);
    CHECK(n["b"]["d"].as<bool>());
    CHECK(n["e"].IsNull());
    CHECK(n["e"].as<std::string>() == y["e"].as<std::string>());
    CHECK_FALSE(n["f"]);
    CHECK_FALSE(n["a"]["x"]);
    CHECK(n["b"].Mark().line == y["b"].Mark().line);
    CHECK(n["b"].Mark().column == y["b"].Mark().column);
    std::vector<std::string> keys;
    for (const auto& kv : n) keys.push_back(kv.first.Scalar());
    CHECK(keys == std::vector<std::string>{"a", "b", "e"});
    // a conversion that fails, at the node's place
    CHECK_THROWS_AS(n["b"]["d"].as<int>(), YAML::TypedBadConversion<int>);
    bool threw = false;
    try {
        (void)n["a"].as<bool>();
    } catch (const YAML::Exception& e) {
        threw = true;
        CHECK(e.mark.line == 0);
        CHECK(e.mark.column == 3);
        CHECK(e.msg == "bad conversion");
    }
    CHECK(threw);
}

TEST_CASE("a broken rule file is reported with its position") {
    auto r = load_rules_from({{"bad.yaml", "kind: reporting_verbs\nentries:\n  - {lemma: say\n"}});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].starts_with("bad.yaml:"));
    CHECK(r.errors[0].find("error:") != std::string::npos);
    auto k = load_rules_from({{"k.yaml", "kind: nonsense\n"}});
    REQUIRE(k.errors.size() == 1);
    CHECK(k.errors[0] == "k.yaml:1:7: error: unknown rule kind 'nonsense'");
}

namespace {
// `text` analysed with the default rules and one more file; the rule set is
// gone when this returns (what an analysis refers to must outlive it)
analysis analysed_with(const std::string& file, const std::string& text) {
    auto files = default_rule_files();
    files.push_back({"extra.yaml", file});
    auto r = load_rules_from(files);
    REQUIRE(r.ok());
    return analyze("t", text, *r.rules);
}
} // namespace

TEST_CASE("a verb added by a rule file is used at run time") {
    auto a = analysed_with("kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: harrumph}\n",
                           "\"Nonsense,\" Ida Holm harrumphed.");
    REQUIRE(a.attributions.size() == 1);
    CHECK(a.attributions[0].verb->lemma == "harrumph");
    CHECK(analyze("t", "\"Nonsense,\" Ida Holm harrumphed.", qg_test::rules()).attributions.empty());
}

TEST_CASE("a cue's lemma and class, and a source's type, outlive the rule set they came from") {
    auto a = analysed_with("kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: grumble, class: distancing}\n",
                           "\"Nonsense,\" Ida Holm grumbled.");
    REQUIRE(a.attributions.size() == 1);
    CHECK(a.attributions[0].verb->lemma == "grumble");
    CHECK(a.attributions[0].verb->cls == "distancing");
    auto b = analysed_with("kind: sources\nversion: 1\nentries:\n  - {name: Harbour Gazette, type: media}\n",
                           "\"The port will close,\" said Harbour Gazette.");
    REQUIRE(b.attributions.size() == 1);
    REQUIRE(b.attributions[0].source);
    CHECK(b.attributions[0].source->type == "media");
}

TEST_CASE("intern keeps one copy of each text") {
    const std::string text = "an interned text";
    const std::string_view first = intern(text), again = intern(std::string(text));
    CHECK(first == text);
    CHECK(first.data() != text.data());
    CHECK(again.data() == first.data());
    CHECK(intern("another text").data() != first.data());
    CHECK(intern("").empty());
}

namespace {
std::vector<std::string> problems_of(const std::string& content) {
    return load_rules_from({{"r.yaml", content}}).errors;
}
} // namespace

TEST_CASE("rules check: bad YAML") {
    auto e = problems_of("kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: say\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].starts_with("r.yaml:5:1: error: "));
}

TEST_CASE("rules check: an unknown key, with a did-you-mean") {
    auto e = problems_of("kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: say, clas: neutral}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "r.yaml:4:18: error: unknown key 'clas' in an entry; did you mean 'class'?");
    auto top = problems_of("kind: titles\nversion: 1\nentires: [mayor]\n");
    REQUIRE(top.size() == 2);
    CHECK(top[0] == "r.yaml:3:1: error: unknown key 'entires' in a 'titles' file; did you mean 'entries'?");
    CHECK(top[1] == "r.yaml:1:1: error: missing field 'entries'");
    auto kind = problems_of("kind: reporting_verb\nversion: 1\n");
    REQUIRE(kind.size() == 1);
    CHECK(kind[0] == "r.yaml:1:7: error: unknown rule kind 'reporting_verb'; did you mean 'reporting_verbs'?");
}

TEST_CASE("rules check: wrong types and values") {
    auto e = problems_of("kind: reporting_verbs\nversion: one\nentries:\n"
                         "  - {lemma: say, quote: maybe, class: loud, forms: said}\n");
    REQUIRE(e.size() == 4);
    CHECK(e[0] == "r.yaml:2:10: error: 'version' must be a whole number");
    CHECK(e[1] == "r.yaml:4:25: error: 'quote' must be true or false");
    CHECK(e[2] == "r.yaml:4:39: error: 'class' must be one of neutral, distancing, factive, question, emphatic, "
                  "evaluative, not 'loud'");
    CHECK(e[3] == "r.yaml:4:52: error: 'forms' must be a list of strings");
}

TEST_CASE("rules check: a missing field") {
    auto e = problems_of("kind: sources\nversion: 1\nentries:\n  - {aliases: [AP]}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "r.yaml:4:5: error: missing field 'name' in an entry");
    auto v = problems_of("kind: places\nentries: [Oslo]\n");
    REQUIRE(v.size() == 1);
    CHECK(v[0] == "r.yaml:1:1: error: missing field 'version'");
}

TEST_CASE("rules check: duplicate entries") {
    auto e = problems_of("kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: say}\n  - {lemma: say}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "r.yaml:5:13: error: duplicate entry 'say' (first at line 4)");
    auto w = problems_of("kind: titles\nversion: 1\nentries: [mayor, senator, mayor]\n");
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "r.yaml:3:27: error: duplicate entry 'mayor' in 'entries' (first at line 3)");
}

TEST_CASE("rules check: an example that names an unknown flag") {
    auto e = problems_of("kind: titles\nversion: 1\nentries: [mayor]\nexamples:\n"
                         "  - {text: 'The mayor said so.', flag: anonymus_source}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "r.yaml:5:40: error: unknown flag 'anonymus_source'; did you mean 'anonymous_source'?");
}

TEST_CASE("rules check: every problem of a file in one run") {
    auto e = problems_of("kind: reporting_verbs\nversion: 1\nentries:\n  - {lema: say}\n  - {lemma: tell, object: 3}\n");
    CHECK(e.size() == 3); // unknown key, the missing lemma, the wrong type
}

TEST_CASE("rules check: one alias claimed by two sources") {
    auto e = problems_of("kind: sources\nversion: 1\nentries:\n  - {name: Daily Star, aliases: [Star]}\n"
                         "  - {name: Star Tribune, aliases: [Star]}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "r.yaml:5:36: error: 'Star' is claimed by two sources: 'Daily Star' (r.yaml:4) and 'Star Tribune'");
}

// The default rules with `extra` files loaded after them.
static std::shared_ptr<const rule_set> defaults_and(const std::vector<rule_file>& extra) {
    auto files = default_rule_files();
    files.insert(files.end(), extra.begin(), extra.end());
    auto r = load_rules_from(files);
    REQUIRE(r.ok());
    return r.rules;
}

TEST_CASE("a later rule file overrides or disables a default entry") {
    auto r = defaults_and({{"mine.yaml", "kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: say, disabled: true}\n"}});
    CHECK_FALSE(r->lex.cues.find("said"));
    CHECK(r->lex.cues.find("told"));
    CHECK(r->origins.count({"reporting_verbs", "say"}) == 0);
    CHECK(r->origins.at({"reporting_verbs", "tell"}).file() == "rules/reporting_verbs.yaml");
    // every form it put in every list goes: capitalised, quotation cues, progressives
    CHECK_FALSE(r->lex.cues.find("Said"));
    CHECK_FALSE(r->lex.quote_cues.find("said"));
    CHECK_FALSE(r->lex.quote_cues.find("Saying"));
    CHECK_FALSE(r->lex.cues.find("is saying"));
    CHECK(r->lex.cues.find("is telling"));

    // a verb named again keeps only its new forms; a noun is taken back as well
    auto a = defaults_and({{"v.yaml", "kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: say, forms: [said], quote: false}\n"},
                           {"n.yaml", "kind: reporting_nouns\nversion: 1\nentries:\n  - {lemma: claim, disabled: true}\n"}});
    CHECK(a->lex.cues.find("said"));
    CHECK(a->lex.cues.find("Said"));
    CHECK_FALSE(a->lex.cues.find("says"));
    CHECK_FALSE(a->lex.quote_cues.find("said"));
    CHECK_FALSE(a->lex.noun_cues.find("claims"));
    CHECK(a->lex.noun_cues.find("calls"));

    auto t = defaults_and({{"t.yaml", "kind: titles\nversion: 1\nentries: [ombudsman]\nremove: [minister]\n"}});
    CHECK(t->lex.titles.find("ombudsman"));
    CHECK(t->lex.titles.find("Ombudsman"));
    CHECK_FALSE(t->lex.titles.find("minister"));
}

TEST_CASE("--explain names the grammar rule and the rule entries that fired") {
    auto a = analyze("t", "\"We will not stop,\" the foreign minister said.", qg_test::rules());
    auto why = explain(a, qg_test::rules());
    REQUIRE(why.size() == 1);
    auto has = [&](const std::string& prefix) {
        return std::any_of(why[0].begin(), why[0].end(), [&](const std::string& l) { return l.starts_with(prefix); });
    };
    CHECK(has("grammar rule quote-comma-source-cue"));
    CHECK(has("reporting verb 'say' (rules/reporting_verbs.yaml:"));
    CHECK(has("title 'foreign minister' (rules/titles.yaml:"));
    CHECK(has("flag anonymous_source: "));
    auto b = analyze("t", "The talks failed, Reuters reported.", qg_test::rules());
    auto why_b = explain(b, qg_test::rules());
    REQUIRE(why_b.size() == 1);
    CHECK(std::any_of(why_b[0].begin(), why_b[0].end(),
                      [](const std::string& l) { return l.starts_with("known source 'Reuters' (rules/sources.yaml:"); }));
}

TEST_CASE("rules check: flags and verdicts files") {
    auto e = problems_of("kind: flags\nversion: 1\nentries:\n  - {flag: hedged, classes: [distancing]}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "r.yaml:4:12: error: 'flag' must be one of anonymous_source, state_media, hedged_cue, no_evidence, "
                  "unverified_context, second_hand, single_source, vague_source, not 'hedged'; did you mean 'hedged_cue'?");
    auto w = problems_of("kind: verdicts\nversion: 1\nweights: {anonymous_sources: 2, hedged_cue: x}\n"
                         "thresholds: {needs_check: 1}\n");
    REQUIRE(w.size() == 2);
    CHECK(w[0] == "r.yaml:3:11: error: unknown key 'anonymous_sources' in 'weights'; did you mean 'anonymous_source'?");
    CHECK(w[1] == "r.yaml:3:45: error: 'hedged_cue' must be a whole number");
}

TEST_CASE("flags come from the rules, and a later file may change them") {
    auto a = analyze("t", "Ann Roe said, without giving any details, that the vote was rigged.", qg_test::rules());
    REQUIRE(a.claims.size() == 1);
    REQUIRE(a.claims[0].flags.size() == 2);
    CHECK(a.claims[0].flags[0].id == "no_evidence");
    CHECK(a.claims[0].flags[0].reason == "'without giving any details' in the same sentence (line 1)");
    CHECK(a.claims[0].flags[1].id == "single_source");
    CHECK(a.claims[0].verdict == "needs_check");

    auto files = default_rule_files();
    files.push_back({"mine.yaml", "kind: flags\nversion: 1\nentries:\n  - {flag: no_evidence, disabled: true}\n"
                                  "  - {flag: single_source, disabled: true}\n"});
    files.push_back({"w.yaml", "kind: verdicts\nversion: 1\nweights: {no_evidence: 0}\nthresholds: {needs_check: 5}\n"
                               "on_record_kinds: [direct, indirect]\n"});
    auto r = load_rules_from(files);
    REQUIRE(r.ok());
    auto b = analyze("t", "Ann Roe said, without giving any details, that the vote was rigged.", *r.rules);
    REQUIRE(b.claims.size() == 1);
    CHECK(b.claims[0].flags.empty());
    CHECK(b.claims[0].verdict == "on_record");
}

TEST_CASE("a word list lookup through the index matches what x3::symbols matches") {
    grammar::lexicon lex;
    boost::spirit::x3::symbols<int> all; // every entry of lex.titles, as one x3::symbols
    for (const char* form : {"the", "the B", "Vice", "Vice President", "Sen.", "say", "said", "Zoë", "al-", "de",
                             "New York Times", "New York", "New", "U.S.", "(ret.)", "--", "Vice PM", "Rear Adm"}) {
        lex.titles.add(form, int(std::string_view(form).size()));
        all.add(form, int(std::string_view(form).size()));
    }
    // another list with entries of the same runs: a lookup keeps to its list
    for (const char* form : {"New York Timesx", "Vice President Sen", "says"}) lex.person_nouns.add(form, 7);
    lex.titles.add("say", 99); // a second value: the first stays
    all.add("say", 99);
    lex.titles.add("dropped", 1);
    all.add("dropped", 1);
    lex.titles.remove("dropped");
    all.remove("dropped");
    lex.build_index();
    // (and where a longer entry's second word, or its first three bytes, follow
    // the first or not: "Vice Presidential", "Vice Chair", "New Yo", "New Yorker")
    const std::string text = "the Bank, the B. Vice-President Vice President Sen. Saysay says said Zoë Zoëx "
                             "al-Assad de-escalate New York Timesx New York Times U.S. dropped the (ret.) -- (ret) the "
                             "Vice Presidential Vice Chair Vice  President Vice Pre New Yo New Yorker New Yor, New York "
                             "Vice PM. Vice PMs Rear Admx Rear Adm";
    const char* base = text.data();
    grammar::word_cache cache(base, base + text.size());
    // a cache whose runs were all looked up at once, before any question
    grammar::word_cache warmed(base, base + text.size());
    lex.warm(warmed);
    // the lookup as the grammars made it before the index: longest entry, then a word end
    auto reference = [&](const char* p, const char* last, int& v) -> const char* {
        const char* it = p;
        boost::spirit::x3::unused_type u;
        if (!all.parse(it, last, u, u, v)) return nullptr;
        const char* probe = it;
        if (*(it - 1) != '.' && boost::spirit::x3::parse(probe, last, !grammar::chars::word_end)) return nullptr;
        return it;
    };
    int matched = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        for (std::size_t cut : {text.size(), std::min(text.size(), i + 1), std::min(text.size(), i + 3), std::min(text.size(), i + 6)}) {
            CAPTURE(text.substr(i, cut - i));
            int v_ref = -1, v_plain = -1, v_cached = -1;
            const char* expect = reference(base + i, base + cut, v_ref);
            const char* plain = base + i;
            const char* cached = base + i;
            const bool ok_plain = lex.match(lex.titles, plain, base + cut, v_plain, nullptr);
            const bool ok_cached = lex.match(lex.titles, cached, base + cut, v_cached, &cache);
            const char* warm_at = base + i;
            int v_warm = -1;
            const bool ok_warm = lex.match(lex.titles, warm_at, base + cut, v_warm, &warmed);
            CHECK(ok_plain == (expect != nullptr));
            CHECK(ok_cached == (expect != nullptr));
            CHECK(ok_warm == (expect != nullptr));
            if (expect) {
                CHECK(warm_at == expect);
                CHECK(v_warm == v_ref);
            }
            // one lookup for two lists is either list's
            const char* other = base + i;
            int v_other = -1;
            const bool ok_other = lex.match(lex.person_nouns, other, base + cut, v_other, nullptr);
            const std::uint32_t both = (1u << lex.titles.id) | (1u << lex.person_nouns.id);
            CHECK(lex.match_any(both, base + i, base + cut, &cache) == (ok_plain || ok_other));
            CHECK(lex.match_any(both, base + i, base + cut, &warmed) == (ok_plain || ok_other));
            CHECK(lex.match_any(both, base + i, base + cut, nullptr) == (ok_plain || ok_other));
            if (expect) {
                ++matched;
                CHECK(plain == expect);
                CHECK(cached == expect);
                CHECK(v_plain == v_ref);
                CHECK(v_cached == v_ref);
            }
        }
    CHECK(matched > 20);
}

// At each position of `text`, the run of letters and digits that starts
// there (a letter of two bytes in one), found byte by byte; 0 where none does.
static std::vector<std::size_t> runs_by_scan(std::string_view text) {
    std::vector<std::size_t> run_at(text.size(), 0);
    const char* base = text.data();
    const char* last = base + text.size();
    for (const char* p = base; p < last;) {
        const char* end = p;
        while (end < last && grammar::lexicon::alnum_at(end, last)) end += grammar::lexicon::alnum_at(end, last);
        if (end == p) {
            ++p;
            continue;
        }
        run_at[std::size_t(p - base)] = std::size_t(end - p);
        p = end;
    }
    return run_at;
}

TEST_CASE("word cache: warming looks up every run of letters and digits, in texts of any number of runs") {
    grammar::lexicon lex;
    for (const char* form : {"said", "Vice President", "Zoë"}) lex.titles.add(form, 1);
    lex.build_index();
    for (const std::string& text : std::vector<std::string>{"", "!", "said", "  Vice President said", "Zoë said: 'no', 3 times, x-y!",
                                   std::string(40, ' ') + "a bb ccc said Zoë Vice-President " + std::string(300, 'q') + " the end 12 3"}) {
        for (int copies = 1; copies <= 20; copies += 19) { // (more runs than the pipeline holds)
            std::string whole;
            for (int k = 0; k < copies; ++k) whole += text + " ";
            CAPTURE(whole);
            const char* base = whole.data();
            grammar::word_cache cache(base, base + whole.size());
            lex.warm(cache);
            const std::vector<std::size_t> run_at = runs_by_scan(whole);
            for (std::size_t i = 0; i < whole.size(); ++i)
                if (run_at[i]) CHECK(cache.cached_run(base + i) == run_at[i]);
        }
    }
}

TEST_CASE("word cache: the sweep finds the runs a byte-by-byte scan finds, two-byte letters across every boundary") {
    // (the sweep classifies sixteen bytes at a time and pairs a lead byte with
    // the continuation byte after it, also across blocks of 16 and words of 64)
    grammar::lexicon lex;
    for (const char* form : {"a9", "\xC3\xA9", "Z", "a\xDF\xBF"}) lex.titles.add(form, 1);
    lex.build_index();
    std::mt19937 random(11);
    const std::string alphabet[] = {"a", "Z", "9", " ", "-", "\xC3", "\xA9", "\x80", "\xDF", "\xBF", "\xC2", "\xE2", "\xC3\xA9"};
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 200)(random);
        while (text.size() < n) text += alphabet[std::uniform_int_distribution<std::size_t>(0, std::size(alphabet) - 1)(random)];
        CAPTURE(text.size());
        const char* base = text.data();
        const char* last = base + text.size();
        grammar::word_cache warmed(base, last);
        lex.warm(warmed);
        // every position: a run's first byte has the run, any other none
        const std::vector<std::size_t> run_at = runs_by_scan(text);
        for (std::size_t i = 0; i < text.size(); ++i) {
            CAPTURE(i);
            CHECK(warmed.cached_run(base + i) == run_at[i]);
            if (run_at[i]) CHECK(lex.lists_at(base + i, last, &warmed) == lex.lists_at(base + i, last, nullptr));
        }
    }
}

TEST_CASE("prefix trie: the longest entry that starts the text, as a look at every entry finds it") {
    // entries over a small alphabet, so that they share prefixes and end inside one another
    std::mt19937 random(7);
    auto some_text = [&](std::size_t most) {
        std::string s(std::uniform_int_distribution<std::size_t>(0, most)(random), ' ');
        for (char& c : s) c = "ab c\xC3"[std::uniform_int_distribution<int>(0, 4)(random)];
        return s;
    };
    for (int round = 0; round < 40; ++round) {
        std::vector<std::pair<std::string, int>> entries;
        const int n = std::uniform_int_distribution<int>(0, 60)(random);
        for (int k = 0; k < n; ++k) entries.emplace_back(some_text(7), k);
        const grammar::prefix_trie trie({entries.begin(), entries.end()});
        for (int probe = 0; probe < 200; ++probe) {
            const std::string text = some_text(10);
            CAPTURE(text);
            // the reference: the longest non-empty entry that prefixes the text; of equal ones the first
            std::size_t best = 0;
            int best_value = -1;
            for (const auto& [entry, value] : entries)
                if (!entry.empty() && text.starts_with(entry) && (entry.size() > best))
                    best = entry.size(), best_value = value;
            const char* first = text.data();
            int value = -1;
            const bool found = trie.longest_prefix(first, text.data() + text.size(), value);
            CHECK(found == (best_value >= 0));
            CHECK(first == text.data() + (found ? best : 0));
            CHECK(value == best_value);
        }
    }
    // over sixteen children at a node (the walk compares sixteen at a time),
    // labels of over sixteen bytes, texts that end within sixteen bytes
    for (int round = 0; round < 20; ++round) {
        std::vector<std::pair<std::string, int>> entries;
        auto wide_text = [&](std::size_t most) {
            std::string s(std::uniform_int_distribution<std::size_t>(0, most)(random), ' ');
            for (char& c : s) c = char(std::uniform_int_distribution<int>('A', 'z')(random));
            return s;
        };
        const std::string stem = round % 2 ? std::string(std::uniform_int_distribution<std::size_t>(1, 30)(random), 'q') : "";
        for (int k = 0; k < 120; ++k) entries.emplace_back(stem + wide_text(3) + (k % 5 ? "" : wide_text(20)), k);
        const grammar::prefix_trie trie({entries.begin(), entries.end()});
        for (int probe = 0; probe < 400; ++probe) {
            const std::string text = probe % 2 ? stem + wide_text(25) : entries[std::size_t(probe) % entries.size()].first + wide_text(3);
            CAPTURE(text);
            std::size_t best = 0;
            int best_value = -1;
            for (const auto& [entry, value] : entries)
                if (!entry.empty() && text.starts_with(entry) && entry.size() > best) best = entry.size(), best_value = value;
            const char* first = text.data();
            int value = -1;
            CHECK(trie.longest_prefix(first, text.data() + text.size(), value) == (best_value >= 0));
            CHECK(first == text.data() + best);
            CHECK(value == best_value);
        }
    }
    // an entry longer than 65,535 bytes, and one of its prefixes
    const std::string longest(70000, 'a');
    const grammar::prefix_trie long_entries({{longest, 1}, {std::string_view(longest).substr(0, 69000), 2}});
    for (const auto& [size, expect, expect_value] : {std::tuple{70000, 70000, 1}, {69999, 69000, 2}, {68999, 0, -1}}) {
        const std::string text(std::size_t(size), 'a');
        const char* first = text.data();
        int value = -1;
        CHECK(long_entries.longest_prefix(first, text.data() + text.size(), value) == (expect > 0));
        CHECK(first == text.data() + expect);
        CHECK(value == expect_value);
    }
    const grammar::prefix_trie empty;
    const char* text = "abc";
    int value = 5;
    CHECK(!empty.longest_prefix(text, text + 3, value));
    CHECK(value == 5);
}

TEST_CASE("word cache: positions that share a slot in a long text each get their own word") {
    grammar::lexicon lex;
    for (const char* form : {"Vice", "Vice President", "New York Times", "said"}) lex.titles.add(form, int(std::string_view(form).size()));
    lex.build_index();
    // longer than the cache's most slots (512 Ki), so offsets 512 Ki apart share one
    std::string text(1100 * 1024, ' ');
    const std::size_t apart = 512 * 1024;
    text.replace(10, 14, "Vice President");
    text.replace(10 + apart, 14, "New York Times");
    text.replace(10 + 2 * apart, 4, "said");
    text.replace(30, 4, "sand"); // in no list, at a slot "said" shares
    text.replace(30 + apart, 4, "said");
    const char* base = text.data();
    const char* last = base + text.size();
    grammar::word_cache cache(base, last);
    REQUIRE(&cache.slot_at(base + 10) == &cache.slot_at(base + 10 + apart));
    for (int round = 0; round < 3; ++round)
        for (std::size_t at : {std::size_t(10), 10 + apart, 10 + 2 * apart, 11 + apart, std::size_t(30), 30 + apart}) {
            CAPTURE(at);
            const char* plain = base + at;
            const char* cached = base + at;
            int v_plain = -1, v_cached = -1;
            const bool ok_plain = lex.match(lex.titles, plain, last, v_plain, nullptr);
            CHECK(lex.match(lex.titles, cached, last, v_cached, &cache) == ok_plain);
            CHECK(cached == plain);
            CHECK(v_cached == v_plain);
            CHECK(lex.match_any(1u << lex.titles.id, base + at, last, &cache) == ok_plain);
            CHECK(lex.lists_at(base + at, last, &cache) == lex.lists_at(base + at, last, nullptr));
        }
    int v = -1;
    const char* p = base + 10 + apart;
    CHECK(lex.match(lex.titles, p, last, v, &cache));
    CHECK(v == 14);
}

TEST_CASE("word cache: a cache used again for another text at the same address forgets the first") {
    grammar::lexicon lex;
    for (const char* form : {"Vice", "Vice President", "said"}) lex.titles.add(form, int(std::string_view(form).size()));
    lex.build_index();
    // the texts take turns in one buffer, so every position's address repeats
    const std::string first = "Vice President Wexa said";
    const std::string second = "said sand Vice President"; // (as long as the first: the memo keeps the end too)
    std::string buffer(std::max(first.size(), second.size()), ' ');
    const char* base = buffer.data();
    const char* last = base;
    auto lookups = [&] {
        std::vector<std::pair<bool, std::ptrdiff_t>> out;
        for (const char* p = base; p < last; ++p) {
            const char* it = p;
            int v = -1;
            const bool ok = lex.match(lex.titles, it, last, v, nullptr);
            out.emplace_back(ok, it - p);
        }
        return out;
    };
    // the memo of a rule at a position (memo.hpp) is per text as well
    const auto remembered = grammar::memo<0>(boost::spirit::x3::lit("said"));
    grammar::word_cache* held = nullptr;
    // past 65,535 uses the generations start again: the slots are cleared then
    // (use 0 and use 65,535 have the same generation and different texts)
    for (int use = 0; use < 65'540; ++use) {
        const std::string& text = use % 2 ? second : first;
        std::copy(text.begin(), text.end(), buffer.begin());
        last = base + text.size();
        std::shared_ptr<grammar::word_cache> cache = grammar::word_cache::for_text(base, last);
        if (use == 1) held = cache.get();
        if (use > 1) REQUIRE(cache.get() == held); // (the one released by the text before)
        const bool check = use == 0 || use >= 65'535;
        if (!check) continue;
        CAPTURE(use);
        const auto expect = lookups();
        for (const char* p = base; p < last; ++p) {
            const char* it = p;
            int v = -1;
            const bool ok = lex.match(lex.titles, it, last, v, cache.get());
            CHECK(ok == expect[std::size_t(p - base)].first);
            CHECK(it - p == expect[std::size_t(p - base)].second);
            CHECK(lex.lists_at(p, last, cache.get()) == lex.lists_at(p, last, nullptr));
            const char* m = p;
            const bool said = text.compare(std::size_t(p - base), 4, "said") == 0;
            CHECK(grammar::parse_with(grammar::parse_env{&lex, cache.get()}, remembered, m, last) == said);
        }
    }
}
