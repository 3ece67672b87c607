#include "../grammars/ast_adapted.hpp"
#include "../grammars/clauses.hpp"
#include "../grammars/memo.hpp"
#include "../grammars/mention.hpp"
#include "document.hpp"
#include "helpers.hpp"
#include "mentions.hpp"

using namespace quotegraph;

namespace {
mention classify(const std::string& text) {
    auto d = make_document("t", text, qg_test::rules());
    return classify_mention(d, {0, text.size()}, qg_test::rules());
}
std::string head(const std::string& text) {
    auto m = classify(text);
    return text.substr(m.head.start, m.head.size());
}
// Made-up text with every kind of mention, blanks of each sort between words,
// and heads at the far end of long phrases.
const std::string every_kind =
    "Deputy Foreign Minister Ilse Varnholt said the 46-year-old\xC2\xA0veteran spokesperson declined. "
    "Many senior party officials and some local experts told the regional\tbroadcasting company that "
    "a former Republican committee staffer, the Tamsbury Daily Courier and Vice President Oskar Lind "
    "agreed. Others said two people familiar with the talks, the interior ministry's press office and "
    "one of the three unnamed witnesses at the scene saw Sen. Marta Quell (D-Ore.) with undecided voter "
    "Pia Holm. The state television network reported 26% of voters backed Jr. Ortiz's plan.";
// Where each word of `text` starts: at its start, after a blank, a tab, a
// no-break space or a line's end.
std::vector<std::size_t> word_starts(const std::string& text) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' ||
            (text[i - 1] == '\xA0' && text[i - 2] == '\xC2'))
            out.push_back(i);
    return out;
}
} // namespace

TEST_CASE("personal names of any shape") {
    for (std::string n : {"Kassym-Jomart Tokayev", "Ursula von der Leyen", "Wang Wenbin", "Abu Bakr al-Baghdadi",
                          "Jean-Claude Juncker", "Martin Luther King Jr.", "Seán O'Brien", "John F. Kennedy"}) {
        CAPTURE(n);
        auto m = classify(n);
        CHECK(m.kind == mention_kind::name);
        CHECK(m.type == "person");
        CHECK(head(n) == n);
    }
}

TEST_CASE("titles and roles before a name are not part of it") {
    CHECK(head("Chinese Foreign Office spokesperson Li Ming") == "Li Ming");
    CHECK(head("European Commission President Anna Maria Berg") == "Anna Maria Berg");
    CHECK(head("Sen. Jane Roe") == "Jane Roe");
    CHECK(classify("Sen. Jane Roe").roles == std::vector<std::string>{"Sen."});
    CHECK(head("Martin Luther King Jr.") == "Martin Luther King Jr.");
}

TEST_CASE("described individuals are unnamed") {
    for (std::string n : {"a Kazakh journalist who lives in the capital", "a correspondent for the daily newspaper Izvestia",
                          "the Republican presidential nominee", "a source close to the campaign"}) {
        CAPTURE(n);
        auto m = classify(n);
        CHECK(m.kind == mention_kind::description);
        CHECK(m.type == "unnamed");
    }
}

TEST_CASE("groups") {
    for (std::string n : {"officials", "sources", "two people familiar with the matter", "U.S. officials",
                          "one of two witnesses"}) {
        CAPTURE(n);
        CHECK(classify(n).kind == mention_kind::group);
        CHECK(classify(n).type == "group");
    }
}

TEST_CASE("organisations and media") {
    CHECK(classify("state television").type == "media");
    CHECK(classify("the Interior Ministry").type == "organization");
    CHECK(classify("The New York Times").type == "media");
    CHECK(classify("the Kremlin").type == "government");
    CHECK(classify("Reuters").type == "media");
}

TEST_CASE("pronouns") {
    CHECK(classify("she").kind == mention_kind::pronoun);
    CHECK(classify("He").kind == mention_kind::pronoun);
    CHECK(pronoun_class("she", qg_test::rules()) == 1);
    CHECK(pronoun_class("they", qg_test::rules()) == 2);
    CHECK(classify("Sheila").kind == mention_kind::name);
}

TEST_CASE("a mention grammar left out by candidates() matches nowhere in the span") {
    const std::string text = every_kind;
    auto d = make_document("t", text, qg_test::rules());
    const char* base = d.text.data();
    grammar::parse_env env{&qg_test::rules().lex, d.words.get()};
    auto fails = [&](const auto& rule, span s) {
        const char* it = base + s.start;
        return !grammar::parse_with(env, rule, it, base + s.end);
    };
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\xA0') starts.push_back(i);
    int left_out = 0, kept = 0;
    for (std::size_t a = 0; a < starts.size(); ++a)
        for (std::size_t b = a + 1; b <= std::min(starts.size(), a + 12); ++b) {
            const span s{starts[a], b < starts.size() ? starts[b] : text.size()};
            CAPTURE(text.substr(s.start, s.size()));
            const mention_candidates c = candidates(d, s, qg_test::rules());
            if (!c.description) CHECK(fails(grammar::description(), s));
            if (!c.group) CHECK(fails(grammar::group(), s));
            if (!c.organization) CHECK(fails(grammar::organization(), s));
            if (!c.titled_name) CHECK(fails(grammar::titled_name(), s));
            left_out += !c.description + !c.group + !c.organization + !c.titled_name;
            kept += !fails(grammar::description(), s) + !fails(grammar::group(), s) + !fails(grammar::organization(), s) +
                    !fails(grammar::titled_name(), s);
        }
    CHECK(left_out > 100); // the check above has work to do
    CHECK(kept > 100);     // ... and the text has mentions of every kind for it
}

TEST_CASE("a mention parse remembered for the document answers as a fresh one") {
    // Made-up text; each start is tried with two ends of input (the sentence's,
    // and one cutting a name short), in turns, so a remembered answer for one
    // end would show in the other.
    const std::string text =
        "Deputy Minister Ilse Varnholt of Tamsbury said the veteran spokesperson declined. "
        "Many senior party officials told the regional broadcasting company that Oskar Lind's claim that "
        "the Tamsbury Daily Courier erred was wrong, two people familiar with the talks said. "
        "His call to act came as Sen. Marta Quell warned that the state television network had said so.";
    auto d = make_document("t", text, qg_test::rules());
    const char* base = d.text.data();
    const grammar::parse_env remembered{&qg_test::rules().lex, d.words.get()};
    const grammar::parse_env fresh{&qg_test::rules().lex, nullptr};
    auto answer = [&](const grammar::parse_env& env, const auto& rule, std::size_t from, std::size_t to) {
        grammar::ast::source_cue sc;
        const char* it = base + from;
        if (!grammar::parse_with(env, rule, it, base + to, sc)) return std::string("no");
        return std::to_string(it - base) + " " + std::to_string(sc.source.begin() - base) + "-" +
               std::to_string(sc.source.end() - base) + " " + std::to_string(sc.cue.begin() - base);
    };
    auto ends_at = [&](const grammar::parse_env& env, std::size_t from, std::size_t to) {
        const char* it = base + from;
        return grammar::parse_with(env, grammar::mention(), it, base + to) ? long(it - base) : -1L;
    };
    int matched = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && text[i - 1] != ' ') continue;
        const std::size_t sentence_end = text.find(". ", i) == std::string::npos ? text.size() : text.find(". ", i) + 1;
        std::size_t short_end = i;
        for (int words = 0; words < 2 && short_end < sentence_end; ++words)
            short_end = std::min(sentence_end, text.find(' ', short_end + 1));
        CAPTURE(text.substr(i, sentence_end - i));
        for (std::size_t to : {sentence_end, short_end, sentence_end}) {
            CHECK(answer(remembered, grammar::source_cue(), i, to) == answer(fresh, grammar::source_cue(), i, to));
            CHECK(answer(remembered, grammar::possessive_cue(), i, to) == answer(fresh, grammar::possessive_cue(), i, to));
            CHECK(ends_at(remembered, i, to) == ends_at(fresh, i, to));
            matched += answer(fresh, grammar::source_cue(), i, to) != "no";
        }
    }
    CHECK(matched > 5); // the text has frames for the check above
    std::size_t kept = 0;
    for (const auto& m : d.words->memo) kept += m.rule >= 0;
    CHECK(kept > 50); // ... and the document's memo was used
}

TEST_CASE("no kind of mention starts at a word where mention_starts rules it out") {
    // (lower-case starts: a particle before a hyphen, four modifiers before a
    // title, a reporting verb's form of two words before an organisation, one
    // with a preposition inside before an organisation; after a determiner: a
    // lead-in that is a determiner too, an age, a name after a no-break space;
    // a possessive name before a role)
    const std::string text = every_kind +
        " But al-Qasri and ibn-Tarek spoke, while longtime rural tax reform chairman Edda Sorn and "
        "tired rural former crash witnesses waited; widely pointed out television said so, and we left. "
        "Noise prompted calls for commission hearings. Rumours spread fast at night among witnesses. "
        "Then two of this year's crash witnesses, a 21-year-old and the\xC2\xA0Ostrava-based Tamsbury Courier "
        "saw the lights of the town from the hill. Varnholt's spokeswoman agreed.";
    auto d = make_document("t", text, qg_test::rules());
    const char* base = d.text.data();
    grammar::parse_env env{&qg_test::rules().lex, d.words.get()};
    const grammar::mention_starts starts_of{qg_test::rules().lex};
    const std::vector<std::size_t> words = word_starts(text);
    std::vector<std::uint8_t> kinds(words.size(), 0);
    int ruled_out = 0, started = 0, kinds_ruled_out = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const char* it = base + words[k];
        const bool parsed = grammar::parse_with(env, grammar::mention(), it, base + text.size());
        const std::uint8_t possible = starts_of.kinds_at(env, base, words, k, base + text.size(), kinds, true);
        const bool may = possible != 0;
        CAPTURE(text.substr(words[k], 40));
        if (parsed) CHECK(may);
        // each kind on its own: one that parses here is never ruled out
        auto kind_parses = [&](const auto& rule) {
            const char* at = base + words[k];
            return grammar::parse_with(env, rule, at, base + text.size());
        };
        const bool by_kind[] = {kind_parses(grammar::pronoun()), kind_parses(grammar::description()),
                                kind_parses(grammar::group()), kind_parses(grammar::titled_name()),
                                kind_parses(grammar::organization()), kind_parses(grammar::name())};
        for (int id = grammar::memo_pronoun; id <= grammar::memo_name; ++id) {
            CAPTURE(id);
            if (by_kind[id]) CHECK((possible >> id & 1));
            kinds_ruled_out += may && !(possible >> id & 1);
        }
        // a head noun within reach, but a preposition between: no modifier crosses it
        if (text.compare(words[k], 6, "spread") == 0) CHECK_FALSE(may);
        // ... and after a determiner, a lead-in that is no determiner
        if (text.compare(words[k], 10, "the lights") == 0) CHECK_FALSE(may);
        ruled_out += !may;
        started += parsed;
    }
    CHECK(ruled_out > 5);  // the test rules out words ...
    CHECK(kinds_ruled_out > 100); // ... and kinds at words where another may start ...
    CHECK(started > 40);   // ... and the text has mentions enough to check it
}

TEST_CASE("a titled name starts nowhere may_be_titled rules it out") {
    // (titles at the fifth word, after a reporting verb of two words before an
    // organisation, after a no-break space and a tab, over a line's end; no
    // title before a comma, a bracket or a preposition)
    const std::string text = every_kind +
        " Longtime rural tax reform chairman Edda Sorn met widely pointed out television network director "
        "Ute Brandt and Marek Lind, spokesman Ivo Kral (former\xC2\xA0senator Ada Roth) and Lars Berg of\tthe party "
        "chairman Ola Dahl; Anna Lee\nspokeswoman Mia Falk quit. Rural\xC2\xA0tax reform chairman Edda Sorn stayed.";
    auto d = make_document("t", text, qg_test::rules());
    const char* base = d.text.data();
    grammar::parse_env env{&qg_test::rules().lex, d.words.get()};
    int ruled_out = 0, titled = 0;
    for (std::size_t i : word_starts(text)) {
        CAPTURE(text.substr(i, 50));
        const char* it = base + i;
        const bool parsed = grammar::parse_with(env, grammar::unchecked_titled_name(), it, base + text.size());
        const bool may = grammar::may_be_titled(env, base + i, base + text.size());
        if (parsed) CHECK(may);
        ruled_out += !may;
        titled += parsed;
        // ... so the rule, which asks it first, ends where the unchecked one does
        const char* checked = base + i;
        CHECK(grammar::parse_with(env, grammar::titled_name(), checked, base + text.size()) == parsed);
        if (parsed) CHECK(checked == it);
    }
    for (std::string_view no : {"Marek Lind, spokesman", "Lars Berg of", "Anna Lee\nspokeswoman", "Ivo Kral (former"}) {
        CAPTURE(no);
        const std::size_t at = text.find(no);
        CHECK_FALSE(grammar::may_be_titled(env, base + at, base + text.size()));
    }
    CHECK(titled > 8);      // the text has titled names at every kind of start ...
    CHECK(ruled_out > 50);  // ... and words the test rules out
}

TEST_CASE("the kinds of mention ruled out at a word are no match in the memo, for that end of input only") {
    const std::string text = "Then the quiet committee members left.";
    auto d = make_document("t", text, qg_test::rules());
    const char* base = d.text.data();
    grammar::parse_env env{&qg_test::rules().lex, d.words.get()};
    const grammar::mention_starts starts_of{qg_test::rules().lex};
    const std::vector<std::size_t> words{0, 5, 9, 15, 25, 33};
    std::vector<std::uint8_t> kinds(words.size(), 0);
    const char* last = base + text.size();
    // "the …": a determiner before a group's head; no name follows it
    const std::uint8_t possible = starts_of.rule_out(env, base, words, 1, last, kinds);
    CHECK((possible >> grammar::memo_group & 1));
    CHECK_FALSE((possible >> grammar::memo_name & 1));
    for (int id = grammar::memo_pronoun; id <= grammar::memo_name; ++id) {
        CAPTURE(id);
        const auto& m = grammar::memo_slot(*d.words, base + words[1], id);
        const bool recorded = m.rule == id && m.key == d.words->key_of(base + words[1]) && m.last == last && !m.matched;
        CHECK(recorded == !(possible >> id & 1));
    }
}

TEST_CASE("a text classified before gets the same answer where it stands again, and only under its own rules") {
    const std::string name = "Deputy Minister Ilse Varnholt";
    const mention first = classify(name);
    // the same text further on in another document: the spans move with it
    const auto d = make_document("u", "On Monday " + name + " left.", qg_test::rules());
    const mention again = classify_mention(d, {10, 10 + name.size()}, qg_test::rules());
    CHECK(again.kind == first.kind);
    CHECK(again.type == first.type);
    CHECK(again.roles == first.roles);
    CHECK(again.full.start == first.full.start + 10);
    CHECK(again.full.end == first.full.end + 10);
    CHECK(again.head.start == first.head.start + 10);
    CHECK(again.head.end == first.head.end + 10);
    CHECK(d.slice(again.head) == "Ilse Varnholt");

    // a rule set that knows one more title reads the same text otherwise,
    // whichever rule set asked about it last
    auto files = default_rule_files();
    files.push_back({"extra.yaml", "kind: titles\nversion: 1\nentries: [quibbler]\n"});
    const auto extra = load_rules_from(files);
    REQUIRE(extra.ok());
    const std::string text = "Quibbler Ilse Varnholt";
    const auto d2 = make_document("v", text, qg_test::rules());
    const auto d3 = make_document("v", text, *extra.rules);
    const mention with_role = classify_mention(d3, {0, text.size()}, *extra.rules);
    const mention without = classify_mention(d2, {0, text.size()}, qg_test::rules());
    CHECK(d3.slice(with_role.head) == "Ilse Varnholt");
    CHECK(d2.slice(without.head) == text);
    CHECK(d3.slice(classify_mention(d3, {0, text.size()}, *extra.rules).head) == "Ilse Varnholt");
}

TEST_CASE("classify_mention: the kept answers stay right past the bound of their texts' bytes") {
    // (a fresh rule set: its answers start empty)
    const auto own = load_rules_from(default_rule_files());
    REQUIRE(own.ok());
    const quotegraph::rule_set& rules = *own.rules;
    auto same = [](const mention& a, const mention& b) {
        return a.kind == b.kind && a.type == b.type && a.roles == b.roles && a.full == b.full && a.head == b.head;
    };
    // about 150 KB of distinct texts: the kept texts' buffer (64 KiB) fills and is emptied twice
    std::vector<std::pair<std::string, mention>> firsts;
    for (int k = 0; k < 1500; ++k) {
        const std::string text = "Senior Foreign Ministry spokesperson Ilse Varnholt-" + std::to_string(100000 + k) +
                                 std::string(k % 60, 'x');
        const auto d = make_document("t", text, rules);
        firsts.emplace_back(text, classify_mention(d, {0, text.size()}, rules));
        // asked again at once: the kept answer
        REQUIRE(same(classify_mention(d, {0, text.size()}, rules), firsts.back().second));
    }
    for (const auto& [text, first] : firsts) {
        const auto d = make_document("t", text, rules);
        REQUIRE(same(classify_mention(d, {0, text.size()}, rules), first));
    }
    // a text longer than the buffer is answered, not kept
    const std::string huge = "the " + std::string(70000, 'a') + " official";
    const auto d = make_document("t", huge, rules);
    const mention once = classify_mention(d, {0, huge.size()}, rules);
    CHECK(same(classify_mention(d, {0, huge.size()}, rules), once));
}

TEST_CASE("names for the resolver: names of several words or with a title, no lone capitalised word") {
    const auto d = make_document("t", every_kind + " Yesterday Tamsbury was calm, Quell said.", qg_test::rules());
    const auto names = find_names(d, qg_test::rules());
    std::vector<std::string> heads;
    for (const auto& m : names) {
        CHECK(m.kind == mention_kind::name);
        const std::string_view full = d.slice(m.full);
        // a name of one word comes only with a title at its start
        if (full.find(' ') == std::string_view::npos) CHECK_FALSE(m.roles.empty());
        heads.emplace_back(d.slice(m.head));
    }
    for (const char* person : {"Ilse Varnholt", "Oskar Lind", "Marta Quell", "Pia Holm"})
        CHECK(std::find(heads.begin(), heads.end(), person) != heads.end());
    for (const char* lone : {"Tamsbury", "Yesterday", "Quell", "Others"})
        CHECK(std::find(heads.begin(), heads.end(), lone) == heads.end());
}
