#include "helpers.hpp"

using namespace quotegraph;

TEST_CASE("regular inflections are derived") {
    CHECK(inflect("claim") == std::vector<std::string>{"claim", "claims", "claimed", "claiming"});
    CHECK(inflect("note") == std::vector<std::string>{"note", "notes", "noted", "noting"});
    CHECK(inflect("reply") == std::vector<std::string>{"reply", "replies", "replied", "replying"});
    CHECK(inflect("push") == std::vector<std::string>{"push", "pushes", "pushed", "pushing"});
}

TEST_CASE("the default rules load without problems") {
    auto r = load_rules({});
    CHECK(r.errors.empty());
    CHECK(r.rules->lex.cues.find("said"));
    CHECK(r.rules->lex.cues.find("insisted"));
    CHECK_FALSE(r.rules->lex.cues.find("table"));
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

TEST_CASE("a verb added by a rule file is used at run time") {
    auto files = default_rule_files();
    files.push_back({"extra.yaml", "kind: reporting_verbs\nversion: 1\nentries:\n  - {lemma: harrumph}\n"});
    auto r = load_rules_from(files);
    REQUIRE(r.ok());
    auto a = analyze("t", "\"Nonsense,\" Ida Holm harrumphed.", *r.rules);
    REQUIRE(a.attributions.size() == 1);
    CHECK(a.attributions[0].verb->lemma == "harrumph");
    CHECK(analyze("t", "\"Nonsense,\" Ida Holm harrumphed.", qg_test::rules()).attributions.empty());
}
