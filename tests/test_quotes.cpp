#include "document.hpp"
#include "helpers.hpp"
#include "quotes.hpp"

using namespace quotegraph;

namespace {
std::vector<std::string> quotes(const std::string& text, int depth = 0) {
    auto d = make_document("t", text, qg_test::rules());
    std::vector<std::string> out;
    for (const auto& q : find_quotations(d, qg_test::rules()))
        if (q.depth == depth) out.emplace_back(d.slice(q.outer));
    return out;
}
using v = std::vector<std::string>;
} // namespace

TEST_CASE("straight and curly double quotes") {
    CHECK(quotes("He said \"yes\" and left.") == v{"\"yes\""});
    CHECK(quotes("She said \xE2\x80\x9Cno\xE2\x80\x9D twice.") == v{"\xE2\x80\x9Cno\xE2\x80\x9D"});
    CHECK(quotes("\"A,\" he said. \"B.\"") == v{"\"A,\"", "\"B.\""});
}

TEST_CASE("guillemets, low-high quotes and curly single quotes") {
    CHECK(quotes("Il a dit \xC2\xAB non \xC2\xBB hier.") == v{"\xC2\xAB non \xC2\xBB"});
    CHECK(quotes("Er sagte \xE2\x80\x9Ejein\xE2\x80\x9C dazu.") == v{"\xE2\x80\x9Ejein\xE2\x80\x9C"});
    CHECK(quotes("a \xE2\x80\x98small\xE2\x80\x99 step") == v{"\xE2\x80\x98small\xE2\x80\x99"});
}

TEST_CASE("quotes nested in quotes") {
    std::string t = "\xE2\x80\x9CThey told me \xE2\x80\x98go home\xE2\x80\x99 at once,\xE2\x80\x9D she said.";
    CHECK(quotes(t).size() == 1);
    CHECK(quotes(t, 1) == v{"\xE2\x80\x98go home\xE2\x80\x99"});
    CHECK(quotes("\"He said 'never' to me,\" she said.", 1) == v{"'never'"});
}

TEST_CASE("apostrophes are not quotes") {
    CHECK(quotes("I don't think the country's Citizens' rights matter.").empty());
    CHECK(quotes("It\xE2\x80\x99s the country\xE2\x80\x99s rock \xE2\x80\x99n\xE2\x80\x99 roll.").empty());
    CHECK(quotes("\xE2\x80\x9C" "Citizens' rights are essential,\xE2\x80\x9D she said.") ==
          v{"\xE2\x80\x9C" "Citizens' rights are essential,\xE2\x80\x9D"});
}

TEST_CASE("a quotation over several paragraphs reopens each one and closes in the last") {
    std::string t = "\xE2\x80\x9C" "First part.\n\n\xE2\x80\x9C" "Second part.\xE2\x80\x9D\n\nNot quoted.";
    auto q = quotes(t);
    REQUIRE(q.size() == 1);
    CHECK(q[0].find("Second part.") != std::string::npos);
    CHECK(q[0].find("Not quoted") == std::string::npos);
}

TEST_CASE("an unbalanced quote mark does not swallow the article") {
    std::string t = "He said \"this never closes.\n\nA new paragraph with \"a real quote\" in it.";
    CHECK(quotes(t) == v{"\"a real quote\""});
    CHECK(quotes("It ends \xE2\x80\x9Cwithout a close").empty());
}

TEST_CASE("a curly opening mark typed for a closing one still closes") {
    CHECK(quotes("\xE2\x80\x9C" "Apparently not,\xE2\x80\x9C he said.") ==
          v{"\xE2\x80\x9C" "Apparently not,\xE2\x80\x9C"});
}

TEST_CASE("a quotation closes at its first closing mark of either double style, past marks that close nothing") {
    // wire copy mixes the styles: each double mark closes the other
    CHECK(quotes("She said \xE2\x80\x9Cno\" twice.") == v{"\xE2\x80\x9Cno\""});
    CHECK(quotes("She said \"no\xE2\x80\x9D twice.") == v{"\"no\xE2\x80\x9D"});
    CHECK(quotes("Er sagte \xE2\x80\x9Ejein\xE2\x80\x9D dazu.") == v{"\xE2\x80\x9Ejein\xE2\x80\x9D"});
    // a dash, an apostrophe or a no-break space inside shares a closing mark's first byte
    CHECK(quotes("He said \"it\xE2\x80\x99s over \xE2\x80\x94 all\" and left.") ==
          v{"\"it\xE2\x80\x99s over \xE2\x80\x94 all\""});
    CHECK(quotes("a \xE2\x80\x98small, isn\xE2\x80\x99t it\xE2\x80\x99 step") == v{"\xE2\x80\x98small, isn\xE2\x80\x99t it\xE2\x80\x99"});
    CHECK(quotes("Il a dit \xC2\xAB non\xC2\xA0merci \xC2\xBB hier.") == v{"\xC2\xAB non\xC2\xA0merci \xC2\xBB"});
    CHECK(quotes("He said 'it isn't mine' to me.", 0) == v{"'it isn't mine'"});
}

TEST_CASE("a quotation's words of any length end at its closing mark or at a line break") {
    // (the words are passed over sixteen bytes at a time where the input has them)
    for (std::size_t n = 1; n <= 40; ++n) {
        const std::string words(n, 'w');
        CAPTURE(n);
        CHECK(quotes("He said \"" + words + "\" and left.") == v{"\"" + words + "\""});
        CHECK(quotes("She said \xE2\x80\x9C" + words + "\xE2\x80\x9D twice.") == v{"\xE2\x80\x9C" + words + "\xE2\x80\x9D"});
        // an apostrophe inside the words is passed over too
        CHECK(quotes("She said \xE2\x80\x98" + words + "\xE2\x80\x99s end\xE2\x80\x99 twice.") ==
              v{"\xE2\x80\x98" + words + "\xE2\x80\x99s end\xE2\x80\x99"});
        // a line break inside the words leaves the mark unclosed on its line
        CHECK(quotes("He said \"" + words + "\nand left.\" Then he sat.") == v{});
    }
}
