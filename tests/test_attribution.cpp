#include "helpers.hpp"

using qg_test::attributions;

TEST_CASE("quote, comma, source, cue") {
    auto a = attributions("\"We won,\" she said.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].content == "\"We won,\"");
    CHECK(a[0].source == "she");
    CHECK(a[0].cue == "said");
    CHECK(a[0].rule == "quote-comma-source-cue");
    auto b = attributions("\"We will win,\" Ana Lima, a doctor at the hospital, told reporters.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].source == "Ana Lima");
    CHECK(b[0].speaker == "Ana Lima");
    CHECK(b[0].cue == "told");
}

TEST_CASE("quote, comma, cue, source") {
    auto a = attributions("\"It is over,\" said Michael Tyler, a spokesman for the campaign.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].source.starts_with("Michael Tyler"));
    CHECK(a[0].speaker == "Michael Tyler");
    CHECK(a[0].rule == "quote-comma-cue-source");
}

TEST_CASE("source, cue, colon or comma, quote") {
    auto a = attributions("Karl Berg said: \"We are ready.\"");
    REQUIRE(a.size() == 1);
    CHECK(a[0].source == "Karl Berg");
    CHECK(a[0].rule == "source-cue-colon-quote");
    auto b = attributions("The minister told reporters in Rome, \"Nothing has changed.\"");
    REQUIRE(b.size() == 1);
    CHECK(b[0].cue == "told");
    CHECK(b[0].source == "The minister");
}

TEST_CASE("interrupted quotes are one attribution") {
    auto a = attributions("\"We won,\" she said, \"and we will win again.\"");
    REQUIRE(a.size() == 1);
    CHECK(a[0].content == "\"We won,\" she said, \"and we will win again.\"");
    auto b = attributions("\"We won,\" Jo Park said. \"Now we rest.\"");
    REQUIRE(b.size() == 1);
    CHECK(b[0].content.ends_with("\"Now we rest.\""));
    auto c = attributions("\"We won,\" Jo Park said. \"Now we rest,\" Li Wu added.");
    CHECK(c.size() == 2);
}

TEST_CASE("quote, dash, source") {
    auto a = attributions("\"Injustice anywhere is a threat to justice everywhere.\" \xE2\x80\x94 Martin Luther King Jr.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Martin Luther King Jr.");
    CHECK(a[0].rule == "quote-dash-source");
}

TEST_CASE("a cue later in the sentence, and a participle lead-in") {
    auto a = attributions("\"Open fire,\" Aman Bek said in a televised address, rejecting talks as \"stupidity\" "
                          "and asking: \"What talks can there be?\"");
    REQUIRE(a.size() == 2);
    CHECK(a[0].cue == "said");
    CHECK(a[1].content == "\"What talks can there be?\"");
    CHECK(a[1].cue == "asking");
    CHECK(a[1].speaker == "Aman Bek");
}

TEST_CASE("a quote paragraph with no cue continues the previous speaker") {
    auto a = attributions("\"We are ready,\" Ida Holm said.\n\n\"We have waited long enough.\"\n\nThe vote is Monday.");
    REQUIRE(a.size() == 2);
    CHECK(a[1].speaker == "Ida Holm");
    CHECK(a[1].resolved_by == "continuation");
    CHECK(a[1].source.empty());
}

TEST_CASE("a colon at the end of a paragraph introduces the next") {
    auto a = attributions("He said:\n\n\"We have a situation.\"");
    REQUIRE(a.size() == 1);
    CHECK(a[0].source == "He");
}

TEST_CASE("pronouns resolve to the nearest person named before") {
    auto a = attributions("Commission President Maria Stahl spoke on Monday.\n\n\"We call for restraint,\" she said.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Maria Stahl");
    CHECK(a[0].resolved_by == "pronoun");
}

TEST_CASE("surnames are aliases of the full name") {
    auto a = attributions("\"One,\" Anna-Lena Marsh said.\n\n\"Two,\" Marsh said.");
    REQUIRE(a.size() == 2);
    CHECK(a[1].speaker == "Anna-Lena Marsh");
    CHECK(a[1].resolved_by == "alias");
}

TEST_CASE("no direct attribution for scare quotes, embedded quotes or quotes with no frame") {
    CHECK(attributions("He called it an \"internal affair.\"").empty());
    CHECK(attributions("She said she was following events with \"great concern.\"").empty());
    CHECK(attributions("Critics said, \"she started it,\" and left.").empty());
    CHECK(attributions("The word \"freedom\" appears twice.").empty());
    CHECK(attributions("\"Hello there.\"").empty());
}

TEST_CASE("a frame needs a reporting verb") {
    CHECK(attributions("\"Fine,\" Ida Holm smiled wide.").empty());
    CHECK(attributions("\"We won,\" Ida Holm whispered.").size() == 1);
}

TEST_CASE("sources with affiliations, possessives and coordination") {
    auto a = attributions("\"It was the least bad outcome,\" Mr. Holm of the River Club said.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Holm");
    auto b = attributions("\"The speaker is busy,\" Ryan's spokeswoman, Ana Lima, said.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].source == "Ryan's spokeswoman");
    auto c = attributions("\"We disagree,\" Cummings and Conyers wrote.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].source == "Cummings and Conyers");
    auto e = attributions("\"I am ready,\" the Florida senator and Republican presidential candidate said.");
    REQUIRE(e.size() == 1);
    CHECK(e[0].cue == "said");
}

TEST_CASE("a mention that stops early does not hide a longer one") {
    // "Moreno campaign" is an organisation, but the source is the manager
    auto a = attributions("\"We are fine,\" Moreno campaign manager Ann Lee said Monday.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Ann Lee");
    auto b = attributions("\"Are we talking about the same person?\" the editorial board writes.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].source == "the editorial board");
}

TEST_CASE("lone determiners speak for someone") {
    auto a = attributions("\"Build it,\" one said. \"Never,\" said another.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].source == "one");
    CHECK(a[1].source == "another");
}

TEST_CASE("according to, before and after the quote") {
    auto a = attributions("\"Outlooks were mostly optimistic,\" according to the report.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].cue == "according to");
    CHECK(a[0].source == "the report");
    auto b = attributions("According to the newspaper, \"America's gun laws are porous.\"");
    REQUIRE(b.size() == 1);
    CHECK(b[0].rule == "according-to-source-quote");
}

TEST_CASE("a signature on the next line") {
    auto a = attributions("\"Great speech. She is ready.\"\n\n- President Obama, tweeting after the speech.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Obama");
    CHECK(attributions("\"Great speech.\"\n\n- and then the crowd left.").empty());
}

TEST_CASE("quotes set off by a parenthesis or a dash start a clause of their own") {
    auto a = attributions("Members protested (\"I want my dues back,\" wrote Edward Nelson, a technician).");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Edward Nelson");
    auto b = attributions("She called it unserious - \"Again, we need details,\" she said - and left.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].source == "she");
}

TEST_CASE("lower-case quotes only right after a verb that opens the sentence") {
    auto a = attributions("Elliott said \"there is no greater man than him.\"");
    REQUIRE(a.size() == 1);
    CHECK(a[0].source == "Elliott");
    CHECK(attributions("If she wins, he said, \"she might be in court.\"").empty());
    CHECK(attributions("Axelrod said he expects \"a long and humbling fight.\"").empty());
}

TEST_CASE("a quote after a preposition is a title, not what was said") {
    CHECK(attributions("\"It is bad,\" Lee said in an interview with \"Fox News Sunday.\"").size() == 1);
    auto a = attributions("\"It is bad,\" Lee said in an interview with \"Fox News Sunday.\"");
    CHECK(a[0].content == "\"It is bad,\"");
}

TEST_CASE("a colon lead-in in the middle of a sentence") {
    auto a = attributions("In a statement, Peabody said: \"Patriot Coal was successful,\" adding that it grew.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].source == "Peabody");
}

TEST_CASE("a multi-paragraph quotation is attributed paragraph by paragraph") {
    auto a = attributions("\"We won,\" Ana Lima said.\n\n\"They think every vote counts.\n\n"
                          "\"And they still believe it,\" Jo Park said with a grin.");
    REQUIRE(a.size() == 3);
    CHECK(a[1].speaker == "Ana Lima");
    CHECK(a[1].resolved_by == "continuation");
    CHECK(a[2].speaker == "Jo Park");
    CHECK(a[2].content == "\"And they still believe it,\"");
}
