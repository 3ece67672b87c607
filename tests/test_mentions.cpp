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
