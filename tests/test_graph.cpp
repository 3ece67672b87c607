// Flags (each raised and not raised), the source graph, its merge, and the
// outputs people look at (DOT, HTML, CSV), with hostile names.
#include "explain.hpp"
#include "export_csv.hpp"
#include "export_json.hpp"
#include "export_dot.hpp"
#include "export_graph_json.hpp"
#include "export_html.hpp"
#include "document.hpp"
#include "helpers.hpp"
#include "source_graph.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace quotegraph;

namespace {

analysis run_with(const std::string& text, const std::string& publisher = {}) {
    return analyze("t", text, qg_test::rules(), publisher);
}

// The flag ids of the attribution whose content holds `content`.
std::vector<std::string> flags_of(const analysis& a, std::string_view content) {
    for (std::size_t i = 0; i < a.attributions.size(); ++i)
        if (a.doc.slice(a.attributions[i].hull()).find(content) != std::string_view::npos) {
            std::vector<std::string> ids;
            for (const auto& f : a.claims[i].flags) ids.emplace_back(f.id);
            return ids;
        }
    FAIL("no attribution with content '" << content << "'");
    return {};
}

bool has(const std::vector<std::string>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); }

std::string reason_of(const analysis& a, std::string_view content, std::string_view flag) {
    for (std::size_t i = 0; i < a.attributions.size(); ++i)
        if (a.doc.slice(a.attributions[i].hull()).find(content) != std::string_view::npos)
            for (const auto& f : a.claims[i].flags)
                if (f.id == flag) return f.reason.str();
    return {};
}

bool has_edge(const source_graph& g, const std::string& from, const std::string& to, edge_kind k) {
    auto f = g.find(from), t = g.find(to);
    if (!f || !t) return false;
    for (auto e : boost::make_iterator_range(boost::out_edges(*f, g.graph())))
        if (boost::target(e, g.graph()) == *t && g.graph()[e].kind == k) return true;
    return false;
}

} // namespace

TEST_CASE("anonymous_source, hedged_cue, no_evidence, state_media: raised and not") {
    CHECK(has(flags_of(run_with("Nine people died, officials said."), "Nine"), "anonymous_source"));
    CHECK_FALSE(has(flags_of(run_with("Nine people died, Ann Roe said."), "Nine"), "anonymous_source"));
    CHECK(has(flags_of(run_with("Ann Roe alleged that the count was wrong."), "count"), "hedged_cue"));
    CHECK_FALSE(has(flags_of(run_with("Ann Roe said that the count was wrong."), "count"), "hedged_cue"));
    CHECK(has(flags_of(run_with("Ann Roe offered no evidence but said the count was wrong."), "count"), "no_evidence"));
    CHECK_FALSE(has(flags_of(run_with("Ann Roe said the count was wrong, citing the ledger."), "count"), "no_evidence"));
    CHECK(has(flags_of(run_with("Nine people died, state radio reported."), "Nine"), "state_media"));
    CHECK(has(flags_of(run_with("Nine people died, Xinhua reported."), "Nine"), "state_media"));
    CHECK_FALSE(has(flags_of(run_with("Nine people died, Reuters reported."), "Nine"), "state_media"));
}

TEST_CASE("flag phrases stand in the text as whole words, wherever they fall") {
    // (at every offset over two 64-byte blocks: the words are found 16 bytes at a time)
    for (std::size_t pad = 0; pad < 130; ++pad) {
        const std::string lead = "Officials said the dam burst." + std::string(pad, ' ');
        CAPTURE(pad);
        CHECK(has(flags_of(run_with(lead + " Reporters were unable to verify it."), "dam"), "unverified_context"));
        CHECK(has(flags_of(run_with(lead + " Unverified: unable to verify"), "dam"), "unverified_context"));
        // a hyphen, a digit or a byte of a multibyte character joins a word
        for (std::string before : {"self-", "2", "\xC3\xA9"})
            CHECK_FALSE(has(flags_of(run_with(lead + " Reporters were " + before + "unable to verify it."), "dam"),
                            "unverified_context"));
        CHECK_FALSE(has(flags_of(run_with(lead + " Reporters were unable to verify-ish."), "dam"), "unverified_context"));
    }
}

TEST_CASE("flag phrases are found in a text of over 512 KB, and in the next text after it") {
    // (the phrase search keeps its bitmap per thread, and lets it go after a long text)
    std::string filler;
    for (int i = 0; i < 60000; ++i) filler += "Filler words. ";
    auto big = run_with(filler + "Officials said the dam burst. Reporters were unable to verify it.");
    CHECK(has(flags_of(big, "dam"), "unverified_context"));
    CHECK(has(flags_of(run_with("Officials said the dam burst. Reporters were unable to verify it."), "dam"),
              "unverified_context"));
}

TEST_CASE("unverified_context: in the paragraph, or for what comes from the place") {
    auto p = run_with("Officials said the dam burst. The claim could not be independently verified.\n\n"
                      "Ann Lee said the road was open.");
    CHECK(has(flags_of(p, "dam"), "unverified_context"));
    CHECK_FALSE(has(flags_of(p, "road"), "unverified_context")); // another paragraph

    const std::string place = "Norland City (dpa) - Officials said 40 people were hurt.\n\n"
                              "Kigoma, Ukraine's third city, saw fighting, residents said.\n\n"
                              "Officials in Poland said they were sending aid.\n\n"
                              "\"We are worried,\" Ann Lee said.\n\n"
                              "Phone lines in Ukraine are down, making the reports impossible to verify.";
    auto a = run_with(place);
    CHECK(has(flags_of(a, "40 people"), "unverified_context"));      // names no other place
    CHECK(has(flags_of(a, "Kigoma"), "unverified_context"));         // a town written "Town, Ukraine"
    CHECK_FALSE(has(flags_of(a, "sending aid"), "unverified_context")); // from another place
    CHECK_FALSE(has(flags_of(a, "worried"), "unverified_context"));  // a named person's own words
    CHECK(reason_of(a, "40 people", "unverified_context") ==
          "'impossible to verify' (line 9) for what comes from Ukraine");
    // "the country" stands for the place the document names most
    auto c = run_with("Officials said 40 people were hurt in Ukraine. Ukraine has closed its border.\n\n"
                      "The country's internet is cut, making news almost impossible to verify.");
    CHECK(reason_of(c, "40 people", "unverified_context").ends_with("for what comes from Ukraine"));
}

TEST_CASE("second_hand: nested sources, citing, other outlets") {
    CHECK(has(flags_of(run_with("According to the agency, officials said nine people died."), "nine"), "second_hand"));
    CHECK(reason_of(run_with("Ann Roe said, citing a report by the ministry, that nine people died."), "nine",
                    "second_hand") == "'Ann Roe' passes on what 'the ministry' said (citing)");
    CHECK(has(flags_of(run_with("Nine people died, Reuters reported.", "dpa"), "Nine"), "second_hand"));
    // the publisher's own reporting, and a source that told the publisher, are first hand
    CHECK_FALSE(has(flags_of(run_with("Nine people died, Reuters reported.", "Reuters"), "Nine"), "second_hand"));
    CHECK_FALSE(has(flags_of(run_with("\"Nine people died,\" a nurse told dpa.", "dpa"), "Nine"), "second_hand"));
    CHECK(has(flags_of(run_with("\"Nine people died,\" a nurse told Reuters.", "dpa"), "Nine"), "second_hand"));
    CHECK_FALSE(has(flags_of(run_with("Officials said nine people died."), "nine"), "second_hand"));
    // the inner verb must report speech with something said after it
    CHECK_FALSE(has(flags_of(run_with("Ann Roe says rival Bob Lee accepted the money."), "money"), "second_hand"));
    CHECK_FALSE(has(flags_of(run_with("Tim Cole said people accused of fraud would be barred."), "barred"), "second_hand"));
    CHECK(has(flags_of(run_with("Tim Cole said Bob Lee told him that the money was gone."), "money"), "second_hand"));
    // ... also where the inner verb follows its source with no blank between
    CHECK(has(flags_of(run_with("Tim Cole said Sen. Bob Lee (D-Ore.)told him that the money was gone."), "money"), "second_hand"));
    CHECK(has(flags_of(run_with("Tim Cole said the F.B.Itold him that the money was gone."), "money"), "second_hand"));
    // a quotation is the speaker's own words
    CHECK_FALSE(has(flags_of(run_with("\"People say we hate them,\" Ann Roe said."), "People"), "second_hand"));
    // a raising verb's content holds its own subject: no second source
    CHECK_FALSE(has(flags_of(run_with("The council appeared to change its mind."), "council"), "second_hand"));
}

TEST_CASE("second_hand: the inner verb is found as well where the text runs on for 64 bytes after its source") {
    // (the search for a verb of speech takes 64 bytes at once where the text has them)
    const std::string more = "\n\nRain fell on the hills for most of the week, and the rivers rose over the fields.";
    for (const std::string& after : {std::string(), more}) {
        CAPTURE(after);
        CHECK(has(flags_of(run_with("Tim Cole said Bob Lee told him that the money was gone." + after), "money"), "second_hand"));
        CHECK(has(flags_of(run_with("Tim Cole said Sen. Bob Lee (D-Ore.)told him that the money was gone." + after), "money"),
                  "second_hand"));
        CHECK(has(flags_of(run_with("Tim Cole said the F.B.Itold him that the money was gone." + after), "money"), "second_hand"));
        CHECK_FALSE(has(flags_of(run_with("Tim Cole said the FBItold him that the money was gone." + after), "money"), "second_hand"));
        CHECK_FALSE(has(flags_of(run_with("Tim Cole said people accused of fraud would be barred." + after), "barred"), "second_hand"));
    }
}

TEST_CASE("vague_source: weasel words") {
    CHECK(has(flags_of(run_with("Critics say the dam was badly built."), "dam"), "vague_source"));
    CHECK(has(flags_of(run_with("Some argue that the dam was badly built."), "dam"), "vague_source"));
    CHECK(has(flags_of(run_with("It is believed that the dam was badly built."), "dam"), "vague_source"));
    // (a phrase after the source's first word)
    CHECK(has(flags_of(run_with("Leading analysts say the dam was badly built."), "dam"), "vague_source"));
    CHECK_FALSE(has(flags_of(run_with("The engineer said the dam was badly built."), "dam"), "vague_source"));
    CHECK_FALSE(has(flags_of(run_with("Ann Roe believes that the dam was badly built."), "dam"), "vague_source"));
}

TEST_CASE("single_source: raised unless an independent source says the same") {
    CHECK(has(flags_of(run_with("Ann Roe said nine people died in the flood."), "nine"), "single_source"));
    auto two = run_with("Ann Roe said nine people died in the flood. Bob Lee said nine people had died in the flood.");
    CHECK_FALSE(has(flags_of(two, "nine people died"), "single_source"));
    CHECK_FALSE(has(flags_of(two, "had died"), "single_source"));
    // the same speaker twice is one source
    auto same = run_with("Ann Roe said nine people died in the flood. Later Roe said nine people had died in the flood.");
    CHECK(has(flags_of(same, "nine people died"), "single_source"));
    // unrelated claims do not corroborate each other
    auto other = run_with("Ann Roe said nine people died in the flood. Bob Lee said the bridge was closed.");
    CHECK(has(flags_of(other, "nine"), "single_source"));
    // a word said three times is one word shared
    auto repeated = run_with("Ann Roe said floods, floods and floods came. Bob Lee said the floods were terrible.");
    CHECK(has(flags_of(repeated, "floods, floods"), "single_source"));
    CHECK(has(flags_of(repeated, "terrible"), "single_source"));
}

TEST_CASE("source graph: publisher, chains and roots") {
    auto a = run_with("Berlin (dpa) - Early on Friday, state television reported that 26 people had been killed.\n\n"
                      "\"I only see what is on TV,\" a local journalist told dpa on Friday.\n\n"
                      "\"We are safe,\" Ann Lee told Reuters.");
    REQUIRE(a.doc.publisher == "dpa");
    auto g = build_source_graph(a, qg_test::rules());
    const std::string dpa = "e:deutsche presse-agentur", tv = "e:state television", c1 = "c:t/a1";
    REQUIRE(g.find(dpa));
    CHECK(g[*g.find(dpa)].kind == vertex_kind::publisher);
    // dpa relays state television, which reports the claim
    CHECK(has_edge(g, dpa, c1, edge_kind::reports));
    CHECK(has_edge(g, dpa, tv, edge_kind::cites));
    CHECK(has_edge(g, tv, c1, edge_kind::reports));
    auto roots = g.roots(*g.find(c1));
    REQUIRE(roots.size() == 1);
    CHECK(g[roots[0]].key == tv);
    // the journalist told dpa: told and cites, and the journalist asserts the quote
    CHECK(has_edge(g, "e:a local journalist", dpa, edge_kind::told));
    CHECK(has_edge(g, dpa, "e:a local journalist", edge_kind::cites));
    CHECK(has_edge(g, "e:a local journalist", "c:t/a2", edge_kind::asserts));
    // told Reuters in a dpa article: dpa cites Reuters, Reuters cites Ann Lee
    CHECK(has_edge(g, "e:ann lee", "e:reuters", edge_kind::told));
    CHECK(has_edge(g, dpa, "e:reuters", edge_kind::cites));
    CHECK(has_edge(g, "e:reuters", "e:ann lee", edge_kind::cites));
    auto r3 = g.roots(*g.find("c:t/a3"));
    REQUIRE(r3.size() == 1);
    CHECK(g[r3[0]].key == "e:ann lee");
}

TEST_CASE("single_source: words match whatever their case and length, and numbers whole") {
    struct example {
        const char* text;
        const char* claim; // (words of the first claim)
        bool single;
    };
    const example examples[] = {
        // words of over eight and sixteen bytes (read eight bytes at a time), in either case
        {"Ann Roe said the Internationalisation Commission approved Consolidation. "
         "Bob Lee said the internationalisation commission approved consolidation.",
         "Internationalisation", false},
        // a difference past a word's first eight bytes, or in its last byte, is a different word
        {"Ann Roe said the Internationalisation Commission approved consolidation. "
         "Bob Lee said the internationalization commission approved consolidations.",
         "Internationalisation", true},
        // "3,700" is one word, and not "3.700"
        {"Ann Roe said 3,700 homes flooded. Bob Lee said 3,700 homes flooded.", "3,700", false},
        {"Ann Roe said 3,700 homes flooded. Bob Lee said 3.700 homes flooded.", "3,700", true},
        // bytes past ASCII are the word's as they are
        {"Ann Roe said Z\xC3\xBCrich's B\xC3\xBCrgermeister resigned. Bob Lee said z\xC3\xBCrich's b\xC3\xBCrgermeister resigned.",
         "Z\xC3\xBCrich", false},
    };
    for (const auto& e : examples) {
        const std::string text = e.text;
        CAPTURE(text);
        CHECK(has(flags_of(run_with(text), e.claim), "single_source") == e.single);
    }
}

TEST_CASE("graphs merge by canonical name, in any order, and corroborate across articles") {
    const auto& rules = qg_test::rules();
    auto a = analyze("one", "Nine people died in the flood at Kell, Ann Roe said.", rules, "dpa");
    auto b = analyze("two", "Ann Roe visited the dam. Nine people died in the flood at Kell, the mayor said.", rules, "DPA");
    auto c = analyze("three", "The bridge will reopen in May, Ann Roe said.", rules, "Reuters");
    auto ga = build_source_graph(a, rules), gb = build_source_graph(b, rules), gc = build_source_graph(c, rules);
    CHECK(has(flags_of(a, "Nine"), "single_source"));

    source_graph left = ga; // (a + b) + c
    left.merge(gb);
    left.merge(gc);
    source_graph right = gb; // c + (b + a), the other way round
    source_graph ba = gb;
    ba.merge(ga);
    right = gc;
    right.merge(ba);
    corroborate(left, rules);
    corroborate(right, rules);
    CHECK(to_graph_json(left, true) == to_graph_json(right, true));
    CHECK(to_dot(left) == to_dot(right));
    // one vertex for Ann Roe and for dpa (its alias DPA) across the articles
    auto keys = left.sorted_vertices();
    CHECK(std::count_if(keys.begin(), keys.end(), [&](auto v) { return left[v].key == "e:ann roe"; }) == 1);
    CHECK(left.find("e:deutsche presse-agentur"));
    CHECK_FALSE(left.find("e:dpa"));
    // the flood toll has two independent sources now; the bridge still one
    auto flags = [&](const std::string& key) {
        std::vector<std::string> ids;
        for (const auto& f : left[*left.find(key)].flags) ids.emplace_back(f.id);
        return ids;
    };
    CHECK_FALSE(has(flags("c:one/a1"), "single_source"));
    CHECK_FALSE(has(flags("c:two/a1"), "single_source"));
    CHECK(has(flags("c:three/a1"), "single_source"));
}

TEST_CASE("DOT: every label escaped, every vertex and edge written") {
    CHECK(dot_quoted("a \"b\" \\ c\nd <e> & f") == "\"a \\\"b\\\" \\\\ c\\nd &lt;e&gt; &amp; f\"");
    auto a = run_with("\"We won,\" said Ann \"Lee\\\" <script>x</script>.\n\n"
                      "Nine died, officials of the Group <b>]]> \" said.");
    auto g = build_source_graph(a, qg_test::rules());
    std::string dot = to_dot(g);
    CHECK(dot.starts_with("digraph quotegraph {"));
    CHECK(dot.find("<script>") == std::string::npos);
    CHECK(dot.find("]]>") == std::string::npos);
    CHECK(dot.find("cluster_legend") != std::string::npos);
    // each vertex once, each edge once
    CHECK(std::size_t(std::count(dot.begin(), dot.end(), '\n')) > boost::num_vertices(g.graph()) + boost::num_edges(g.graph()));
}

TEST_CASE("HTML: input escaped, one mark per attribution, badges with reasons") {
    auto a = run_with("\"Nine <script>alert(1)</script> died,\" officials said. \"It's <b>safe</b> & sound,\" Ann Roe said.");
    REQUIRE(a.attributions.size() == 2);
    std::string html = to_html({{&a, ""}});
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<b>safe") == std::string::npos);
    CHECK(html.find("data-a=\"a1\"") != std::string::npos);
    CHECK(html.find("data-a=\"a2\"") != std::string::npos);
    CHECK(html.find("class=\"badge anonymous_source\"") != std::string::npos);
    CHECK(html.find("the source &#39;officials&#39; is not named") != std::string::npos);
    CHECK(html_escaped("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
}

TEST_CASE("CSV: RFC 4180 quoting, one row per attribution") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    auto a = run_with("\"Yes, \"\"really\"\", no,\" Ann Roe said.\n\"Fine,\" officials said.");
    std::string csv = to_csv(a);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 2);
    CHECK(csv.starts_with("t,a1,direct,Ann Roe,person,"));
    CHECK(csv_header().starts_with("document,id,kind,speaker,"));
}

TEST_CASE("no-break spaces: names and contents hold whole UTF-8 characters") {
    auto a = run_with("Campaign spokesman\xC2\xA0" "Ann Roe told reporters that the review\xC2\xA0" "was fair\xC2\xA0" "and final.");
    REQUIRE(a.attributions.size() == 1);
    REQUIRE(a.claims[0].who);
    CHECK(a.entities[a.claims[0].who->entity].name == "Ann Roe");
    for (const auto& at : a.attributions) {
        auto c = a.doc.slice(at.hull());
        CHECK(check_text(c) == std::nullopt);
        if (at.source) CHECK(check_text(a.doc.slice(at.source->full)) == std::nullopt);
    }
    CHECK(whole_chars("a\xC2\xA0" "b", {0, 2}) == span{0, 1});
    CHECK(whole_chars("a\xC2\xA0" "b", {2, 4}) == span{3, 4});
    CHECK(whole_chars("\xE2\x80\x9Cok\xE2\x80\x9D", {0, 8}) == span{0, 8});
}

TEST_CASE("graph JSON reads back what it wrote, and says what is wrong") {
    auto a = run_with("Berlin (dpa) - Nine people died, officials said. \"We grieve,\" Ann Roe told Reuters.");
    auto g = build_source_graph(a, qg_test::rules());
    corroborate(g, qg_test::rules());
    auto back = graph_from_json(to_graph_json(g, false));
    REQUIRE(back.ok());
    CHECK(to_graph_json(*back.graph, false) == to_graph_json(g, false));
    CHECK(graph_from_json("nope").error == "not valid JSON");
    CHECK(graph_from_json("[]").error.starts_with("not a quotegraph graph"));
    CHECK(graph_from_json(R"({"vertices": [{"key": "e:x", "kind": "thing", "name": "x", "type": "person"}], "edges": []})").error ==
          "vertex 1: unknown kind 'thing'");
    CHECK(graph_from_json(R"({"vertices": [], "edges": [{"from": "a", "to": "b", "kind": "cites"}]})").error ==
          "edge 1: no vertex 'a'");
}

TEST_CASE("JSON lines: the compact writer gives the bytes of the indented form, compacted") {
    for (std::string text : {std::string("Berlin (dpa) - \"Nine\x01 died,\\ \t\x7f\" officials said. \"We grieve,\" Ann Roe told Reuters."),
                             std::string("Ann Roe said, without giving any details, that the vote was rigged \xE2\x80\x94 twice."),
                             std::string("No attributions here."), std::string()}) {
        auto a = analyze("t\"1", text, qg_test::rules(), "AP");
        const auto pretty = nlohmann::ordered_json::parse(to_json(a, true));
        CHECK(to_json(a, false) == pretty.dump());
        auto why = explain(a, qg_test::rules());
        CHECK(to_json(a, false, &why) == nlohmann::ordered_json::parse(to_json(a, true, &why)).dump());
    }
    // (the writer looks at eight bytes at a time: a mark to escape at each place in a block)
    for (std::size_t k = 0; k < 18; ++k)
        for (std::string mark : {"\"", "\\", "\t", "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\x94"}) {
            const std::string id = std::string(k, 'a') + mark + std::string(17 - k, 'b');
            auto a = analyze(id, "No attributions here.", qg_test::rules(), "AP");
            CHECK(to_json(a, false) == nlohmann::ordered_json::parse(to_json(a, true)).dump());
        }
    // bytes of no well-formed sequence (which the indented form may join) each
    // become U+FFFD, beside well-formed ones the writer passes on in the same run
    for (std::size_t k = 0; k < 18; ++k)
        for (std::string mark : {"\xFF", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC3\xA9\xFF",
                                 "\xFF\xC3\xA9\"", "\xE2\x80\x94\x80\x01"}) {
            const std::string id = std::string(k, 'a') + mark + std::string(17 - k, 'b') + "\xE2\x80\x94";
            auto a = analyze(id, "No attributions here.", qg_test::rules(), "AP");
            const auto line = nlohmann::json::parse(to_json(a, false), nullptr, false);
            REQUIRE(!line.is_discarded());
            CHECK(line["id"] == utf8_clean(id));
        }
    // strings of every length up to 20, a mark at each place: the writer
    // reads one of under eight bytes as two pieces of four that may overlap,
    // or its first, middle and last bytes
    for (std::size_t n = 1; n <= 20; ++n)
        for (std::size_t k = 0; k < n; ++k)
            for (std::string mark : {"\"", "\\", "\x01", "\x1f", "\xC3\xA9", "\xFF", "\xE2\x80"}) {
                std::string id(n, 'a');
                id.replace(k, 1, mark);
                auto a = analyze(id, "No attributions here.", qg_test::rules(), "AP");
                const auto line = nlohmann::json::parse(to_json(a, false), nullptr, false);
                REQUIRE(!line.is_discarded());
                CHECK(line["id"] == utf8_clean(id));
            }
    // a line longer than the writer's first buffer (it grows), one longer than
    // the buffer it keeps (it shrinks after), then a short one again
    for (std::size_t n : {2000, 4000, 1}) {
        std::string text;
        for (std::size_t k = 0; k < n; ++k) text += "\"We grieve,\" Ann Roe told Reuters. ";
        auto a = analyze("long", text, qg_test::rules(), "AP");
        const std::string line = to_json(a, false);
        CHECK(line.size() > 400 * n);
        CHECK(line == nlohmann::ordered_json::parse(to_json(a, true)).dump());
    }
}

TEST_CASE("shared_text: copies share one text; an empty one reads as empty") {
    const shared_text reason("no other independent source in the graph says this");
    const shared_text copy = reason;
    CHECK(copy == "no other independent source in the graph says this");
    CHECK(&copy.str() == &reason.str());
    std::vector<flag> flags{{"single_source", reason}};
    const auto again = flags;
    CHECK(&again[0].reason.str() == &reason.str());
    const shared_text none;
    CHECK(none.str().empty());
    CHECK(std::string_view(none).empty());
    // the same text: a copy, or another made with the same bytes
    CHECK(copy.same_as(reason));
    CHECK(shared_text(std::string(reason.str())).same_as(reason));
    CHECK_FALSE(shared_text("no other source").same_as(reason));
    CHECK(none.same_as(shared_text()));
    CHECK(none.same_as(shared_text("")));
    CHECK_FALSE(none.same_as(reason));
}
