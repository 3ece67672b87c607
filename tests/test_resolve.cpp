#include "helpers.hpp"

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
