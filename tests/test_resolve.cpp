#include "helpers.hpp"
#include "../src/antecedents.hpp"

#include <map>
#include <optional>
#include <random>

using qg_test::attributions_of;

TEST_CASE("pronouns follow the gender the text gives") {
    auto a = attributions_of("Mr. Karl Berg met Ms. Ana Lima on Monday. She said that the deal was done.", "");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Ana Lima");
    CHECK(a[0].resolved_by == "pronoun");
    auto b = attributions_of("Ms. Ana Lima said that the deal was done. Mr. Karl Berg arrived later. \"Not yet,\" she said.", "");
    REQUIRE(b.size() == 2);
    CHECK(b[1].speaker == "Ana Lima");
}

TEST_CASE("'he' after a described speaker is that speaker") {
    auto a = attributions_of("A correspondent for a daily paper said gunfire could be heard. "
                             "The city was in flames, he said.",
                             "");
    REQUIRE(a.size() == 2);
    CHECK(a[1].type == "unnamed");
    CHECK(a[1].resolved_by == "pronoun");
}

TEST_CASE("role anaphora") {
    auto a = attributions_of("Foreign Office spokesperson Li Ming spoke in Rome. The spokesperson said that talks would go on.",
                             "");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Li Ming");
    CHECK(a[0].resolved_by == "role");
}

TEST_CASE("given names and surnames are one entity") {
    auto a = attributions_of("Spokesperson Li Ming said that talks would go on. Li had said that the unrest was internal.", "");
    REQUIRE(a.size() == 2);
    CHECK(a[1].speaker == "Li Ming");
    CHECK(a[1].resolved_by == "alias");
}

TEST_CASE("capitals speak for governments; groups and described people are typed") {
    CHECK(attributions_of("Beijing said that the talks had failed.", "")[0].type == "government");
    CHECK(attributions_of("Officials said that the talks had failed.", "")[0].type == "group");
    CHECK(attributions_of("A Kazakh journalist said that the talks had failed.", "")[0].type == "unnamed");
    CHECK(attributions_of("State television reported that the talks had failed.", "")[0].type == "media");
}

TEST_CASE("a participle after a comma speaks for the sentence's subject, not the noun before the comma") {
    auto a = attributions_of("Governor Ann Cole ended her campaign, telling supporters that she had no regrets.", "");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Ann Cole");
    CHECK(a[0].content == "that she had no regrets");
}

TEST_CASE("the topic of a raising verb is an antecedent, not a speaker") {
    auto a = attributions_of("The Interior Ministry appeared to soften its stance. "
                             "It said later that the talks would resume.", "");
    REQUIRE(a.size() == 2);
    CHECK(a[0].rule == "raising-verb-clause");
    CHECK(a[0].speaker.empty());
    CHECK(a[1].speaker == "The Interior Ministry");
    CHECK(a[1].resolved_by == "pronoun");
}

TEST_CASE("a name joins the first person it can; a renamed person is found by the new name's words") {
    // "Roe" joins the first Roe; "A. Roe" (a short first name) joins a Roe too
    auto a = attributions_of("Ann Roe met Bob Roe. Roe said that it works. A. Roe said that it failed.", "");
    REQUIRE(a.size() == 2);
    CHECK(a[0].speaker == "Ann Roe");
    CHECK(a[1].speaker == "Ann Roe");
    // "Lee" first, then "Dana Lee" renames that entity; "Dana" finds it by its new first word
    auto b = attributions_of("Lee said that it works. Dana Lee said that it failed. Dana said that it was late.", "");
    REQUIRE(b.size() == 3);
    CHECK(b[1].speaker == "Dana Lee");
    CHECK(b[2].speaker == "Dana Lee");
    // another first name of the same surname is another person
    auto c = attributions_of("Ann Roe said that it works. Bob Roe said that it failed.", "");
    REQUIRE(c.size() == 2);
    CHECK(c[1].speaker == "Bob Roe");
}

TEST_CASE("a pronoun reaches back a bounded number of mentions") {
    std::string text = "Mr. Karl Berg met Ms. Ana Lima on Monday. ";
    for (int i = 0; i < 2000; ++i) text += "Mr. Bob Lee met Mr. Karl Berg. ";
    text += "She said that the deal was done.";
    auto far = attributions_of(text, "");
    REQUIRE(far.size() == 1);
    CHECK(far[0].speaker != "Ana Lima"); // hundreds of men named between: too far back
    auto near = attributions_of("Mr. Karl Berg met Ms. Ana Lima on Monday. Mr. Bob Lee met Mr. Karl Berg. "
                                "She said that the deal was done.", "");
    REQUIRE(near.size() == 1);
    CHECK(near[0].speaker == "Ana Lima");
}

TEST_CASE("antecedent index: answers as a multimap by position would, however the notes come") {
    std::mt19937 rng(20261128);
    for (int round = 0; round < 300; ++round) {
        quotegraph::antecedent_index index;
        std::multimap<std::size_t, std::size_t> reference; // (those at one position in the order noted)
        // two passes in text order, as the resolver makes, each with some notes out of order
        const int notes = int(rng() % 60);
        for (int pass = 0; pass < 2; ++pass) {
            std::size_t pos = rng() % 20;
            for (int k = 0; k < notes; ++k) {
                pos = rng() % 5 == 0 ? rng() % 200 : pos + rng() % 4; // (repeats, jumps back and forward)
                const std::size_t e = rng() % 7;
                index.note(pos, e);
                reference.emplace(pos, e);
            }
        }
        for (int q = 0; q < 40; ++q) {
            const std::size_t pos = rng() % 220;
            const int reach = 1 + int(rng() % 12);
            const std::size_t want = rng() % 7;
            auto fits = [&](std::size_t e) { return e == want || e == (want + 3) % 7; };
            std::optional<std::size_t> expected;
            auto it = reference.lower_bound(pos);
            for (int n = 0; n < reach && it != reference.begin(); ++n) {
                --it;
                if (fits(it->second)) {
                    expected = it->second;
                    break;
                }
            }
            REQUIRE(index.nearest_before(pos, reach, fits) == expected);
        }
    }
}
