#include "byte_bits.hpp"
#include "document.hpp"
#include "helpers.hpp"

#include <random>

using namespace quotegraph;

namespace {
std::vector<std::string> sentences(const std::string& text) {
    auto d = make_document("t", text, qg_test::rules());
    std::vector<std::string> out;
    for (auto s : d.sentences) out.emplace_back(d.slice(s));
    return out;
}
using v = std::vector<std::string>;
} // namespace

TEST_CASE("abbreviations and initials do not end a sentence") {
    CHECK(sentences("Mr. Smith met Gov. Jones in Sept. last year. They talked.") ==
          v{"Mr. Smith met Gov. Jones in Sept. last year.", "They talked."});
    CHECK(sentences("The U.S. envoy and John F. Kennedy Jr. arrived. Then rain.").size() == 2);
}

TEST_CASE("a sentence ends at a question or a closing quote") {
    CHECK(sentences("Why? Nobody knows.") == v{"Why?", "Nobody knows."});
    CHECK(sentences("\"We won.\" She smiled.") == v{"\"We won.\"", "She smiled."});
    CHECK(sentences("\"Why?\" he asked.").size() == 1);
}

TEST_CASE("paragraphs, CRLF and non-breaking spaces") {
    auto d = make_document("t", "One.\r\n\r\nTwo\xC2\xA0words.\r\n", qg_test::rules());
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.slice(d.paragraphs[0]) == "One.");
    CHECK(d.slice(d.paragraphs[1]) == "Two\xC2\xA0words.");
    CHECK(sentences("First one.\xC2\xA0Second one.").size() == 2);
}

TEST_CASE("a dateline gives the publisher") {
    CHECK(make_document("t", "Moscow (dpa) - Orders are in effect.", qg_test::rules()).publisher == "dpa");
    CHECK(make_document("t", "WASHINGTON (AP) \xE2\x80\x94 The Senate voted.", qg_test::rules()).publisher == "AP");
    CHECK(make_document("t", "LONDON, Jan 6 (Reuters) - Shares fell.", qg_test::rules()).publisher == "Reuters");
    CHECK(make_document("t", "The (new) rules apply - mostly.", qg_test::rules()).publisher.empty());
}

TEST_CASE("binary text is refused; invalid UTF-8 is analysed, located, and cleaned for output") {
    CHECK_FALSE(check_text("plain \xE2\x80\x9Ctext\xE2\x80\x9D"));
    CHECK(check_text(std::string("nul\0byte", 8))->message.find("NUL") != std::string::npos);
    CHECK_FALSE(check_text("bad \xC3\x28 byte"));
    CHECK(invalid_utf8_at("bad \xC3\x28 byte") == 4);
    CHECK(invalid_utf8_at("\xED\xA0\x80") == 0);     // a surrogate
    CHECK(invalid_utf8_at("ok \xC0\xAF") == 3);       // overlong
    CHECK(invalid_utf8_at("\xF4\x90\x80\x80") == 0); // past U+10FFFF
    CHECK(invalid_utf8_at("cut \xE2\x80") == 4);      // cut short at the end
    CHECK(invalid_utf8_at("caf\xC3\xA9 \xF0\x9F\x98\x80") == std::string_view::npos);
    CHECK(utf8_clean("a\xFF b\xE2\x80") == "a\xEF\xBF\xBD b\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(utf8_clean("caf\xC3\xA9") == "caf\xC3\xA9");
    // the SIMD check and the one a character at a time agree, on texts of
    // well-formed and broken pieces, long and short
    const std::string_view pieces[] = {"a", " ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xFF", "\xC3",
                                       "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xEF\xBF\xBD"};
    std::mt19937 random(11);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int n = std::uniform_int_distribution<int>(0, round % 3 ? 12 : 80)(random);
        for (int k = 0; k < n; ++k) {
            // (mostly well-formed pieces, so that many texts are well-formed throughout)
            const int i = std::uniform_int_distribution<int>(0, 59)(random);
            text += pieces[i < 48 ? i % 5 : 5 + (i - 48) % 8];
        }
        CAPTURE(text);
        CHECK(well_formed_utf8(text) == (invalid_utf8_at(text) == std::string_view::npos));
    }
}

TEST_CASE("an abbreviation ends a sentence when a sentence opener follows") {
    CHECK(sentences("Troops left the U.S. While talks went on, ministers met. Sen. Smith spoke.") ==
          v{"Troops left the U.S.", "While talks went on, ministers met.", "Sen. Smith spoke."});
    CHECK(sentences("He met Gov. Brown in the U.S. Capitol.").size() == 1);
}

TEST_CASE("an abbreviation after a hyphenated prefix does not end a sentence") {
    CHECK(sentences("She accused then-Gov. Bob Lee of harassment. He denied it.") ==
          v{"She accused then-Gov. Bob Lee of harassment.", "He denied it."});
}

TEST_CASE("a sentence may open with two apostrophes") {
    CHECK(sentences("He left. ''We won,'' she said.") == v{"He left.", "''We won,'' she said."});
}

TEST_CASE("a run of stops is one sentence end") {
    CHECK(sentences("Wait...... What? He left.") == v{"Wait......", "What?", "He left."});
    CHECK(sentences("It was good....and then it ended.").size() == 1);
}

TEST_CASE("line numbers count LF, CRLF and a lone CR as one line end each") {
    const line_index lines("a\nbb\r\ncc\rd");
    CHECK(lines.line(0) == 1);
    CHECK(lines.line(2) == 2);
    CHECK(lines.column(3) == 2);
    CHECK(lines.line(4) == 2); // the CR of CRLF is still on line 2
    CHECK(lines.line(6) == 3);
    CHECK(lines.line(9) == 4);
    CHECK(lines.column(9) == 1);
    CHECK(line_index("").line(0) == 1);
}

TEST_CASE("a byte order mark and CR line ends leave paragraphs as LF text has them") {
    const auto lf = make_document("t", "One line.\n\nTwo line.\n", qg_test::rules());
    const auto cr = make_document("t", "One line.\r\rTwo line.\r", qg_test::rules());
    const auto bom = make_document("t", "\xEF\xBB\xBFOne line.\n\nTwo line.\n", qg_test::rules());
    CHECK(cr.paragraphs == lf.paragraphs);
    REQUIRE(bom.paragraphs.size() == 2);
    CHECK(bom.paragraphs[0] == span{3, 12});
}

TEST_CASE("next_space finds what a byte-by-byte scan finds, at every start and end") {
    // no-break spaces, a C2 that opens another character, controls, and
    // words longer and shorter than the eight bytes looked at together
    const std::string text = std::string("Ann\xC2\xA0Lee said\t\xC2\xB0") + "C at noon\x01x  " +
                             "extraordinarily\nlong\xC2\xA0\xC2\xA0words end";
    auto by_byte = [&](std::size_t i, std::size_t end) {
        while (i < end && !is_space_at(text, i)) ++i;
        return i;
    };
    for (std::size_t end = 0; end <= text.size(); ++end)
        for (std::size_t i = 0; i <= end; ++i) {
            CAPTURE(i);
            CAPTURE(end);
            REQUIRE(next_space(text, i, end) == by_byte(i, end));
        }
}

TEST_CASE("first_in stops where a byte-by-byte scan stops, at every start and end, near the text's end too") {
    // a text of 70 bytes (four blocks of sixteen and a tail), the sets of the scans that use it
    // and a set of four ranges, with a stop that says no to some of the set's bytes
    std::string text = "\"Ann L\xC3\xA9" "e,\" he said. \xE2\x80\x9CNo!\xE2\x80\x9D A\x01" "BC? d\xC2\xA0" "e.f";
    text += std::string(70 - text.size(), 'x');
    text[69] = 'Q';
    const std::vector<byte_set> sets = {byte_set{}.with('.').with('!').with('?'), byte_set{}.with(0, 0x1F),
                                        byte_set{}.with('A', 'Z').with(0xC3), byte_set{}.with('"').with('\'').with(0xE2).with(0xC2),
                                        byte_set{}.with(0, ' ').with('A', 'C').with(0x80, 0xBF).with('x')};
    for (const byte_set& set : sets)
        for (std::size_t size : {text.size(), std::size_t(40), std::size_t(17)}) {
            const std::string_view t(text.data(), size);
            auto stop = [&](std::size_t k) { return set.has(static_cast<std::uint8_t>(t[k])) && t[k] != 'x' && k % 7 != 3; };
            auto by_byte = [&](std::size_t i, std::size_t end) {
                while (i < end && !stop(i)) ++i;
                return i;
            };
            for (std::size_t end = 0; end <= size; ++end)
                for (std::size_t i = 0; i <= end; ++i) {
                    CAPTURE(size);
                    CAPTURE(i);
                    CAPTURE(end);
                    REQUIRE(first_in(t, i, end, set, stop) == by_byte(i, end));
                }
        }
    // the bit map says what the ranges say
    const byte_set s = byte_set{}.with(0, 0x1F).with('a', 'c').with(0xF0, 0xFF);
    for (unsigned c = 0; c < 256; ++c) CHECK(s.has(std::uint8_t(c)) == (c < 0x20 || (c >= 'a' && c <= 'c') || c >= 0xF0));
}

TEST_CASE("the eight-byte tests flag every byte they test for, and their lowest flag is right") {
    // bytes_below (n below 128) and bytes_equal may flag a byte above a true
    // one, never miss one
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    auto next = [&] {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return state;
    };
    auto byte = [](std::uint64_t v, int k) { return std::uint8_t(v >> (8 * k)); };
    auto flagged = [](std::uint64_t m, int k) { return ((m >> (8 * k + 7)) & 1) != 0; };
    auto lowest = [](std::uint64_t m) { return m ? std::countr_zero(m) / 8 : 8; };
    const std::uint8_t probes[] = {0, ' ', '!', '"', '\'', '.', '?', '@', 'A', 'Z', '[', 'a', 0x7F, 0x80, 0xA0, 0xC2, 0xC3, 0xE2, 0xFF};
    for (int round = 0; round < 20000; ++round) {
        std::uint64_t v = next();
        for (int k = 0; k < 8; ++k) // (many bytes from the probes: borrows need neighbours that match)
            if (next() % 2) v = (v & ~(0xFFull << (8 * k))) | (std::uint64_t(probes[next() % std::size(probes)]) << (8 * k));
        const std::uint8_t c = probes[next() % std::size(probes)];
        const std::uint8_t n = std::uint8_t(1 + next() % 127);
        int first_below = 8, first_equal = 8;
        for (int k = 7; k >= 0; --k) {
            const std::uint8_t b = byte(v, k);
            CAPTURE(v);
            if (b < n) REQUIRE(flagged(bytes_below(v, n), k));
            if (b == c) REQUIRE(flagged(bytes_equal(v, c), k));
            if (b < n) first_below = k;
            if (b == c) first_equal = k;
        }
        REQUIRE(lowest(bytes_below(v, n)) == first_below);
        REQUIRE(lowest(bytes_equal(v, c)) == first_equal);
    }
}

TEST_CASE("classes_of_64 flags each of its 64 bytes as a byte-by-byte test would") {
    std::uint64_t state = 0x2545F4914F6CDD1Dull;
    auto next = [&] {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return state;
    };
    // (bytes at each class's edges, and any byte)
    const std::uint8_t probes[] = {0, ' ', '.', '/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xFF};
    std::array<char, 64> bytes;
    for (int round = 0; round < 2000; ++round) {
        for (char& c : bytes) c = char(next() % 2 ? probes[next() % std::size(probes)] : std::uint8_t(next()));
        const grammar::byte_classes k = grammar::classes_of_64(bytes.data());
        for (unsigned i = 0; i < 64; ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            auto flagged = [i](std::uint64_t m) { return (m >> i & 1) != 0; };
            CAPTURE(i);
            CAPTURE(int(c));
            REQUIRE(flagged(k.alnum) == ascii_alnum(char(c)));
            REQUIRE(flagged(k.lead) == (c >= 0xC3 && c <= 0xDF));
            REQUIRE(flagged(k.upper) == ascii_upper(char(c)));
            REQUIRE(flagged(k.dot) == (c == '.'));
        }
    }
}

// Texts of blanks, no-break spaces (C2 A0), their bytes alone, and other
// bytes next to them, long enough for several 64-byte blocks and a tail.
static std::string blank_heavy_text(std::uint64_t& state, std::size_t n) {
    auto next = [&] {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return state;
    };
    const char* const pieces[] = {" ", "\t", "\n", "\r", "\v", "\f", "\x08", "\x0E", "!", "a", "Z", ".", "\xC2\xA0", "\xC2",
                                  "\xA0", "\xC3\xA0", "\xC2\xA9", "\x1F"};
    std::string t;
    while (t.size() < n) t += pieces[next() % std::size(pieces)];
    t.resize(n);
    return t;
}

TEST_CASE("word_start_bits marks where a word starts as is_space_at and is_space_before say") {
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::vector<std::uint64_t> bits;
    for (std::size_t n = 0; n < 300; ++n) {
        for (int round = 0; round < 8; ++round) {
            const std::string t = blank_heavy_text(state, n);
            word_start_bits(t, bits);
            REQUIRE(bits.size() == n / 64 + 2);
            CAPTURE(n);
            for (std::size_t p = 0; p < bits.size() * 64; ++p) {
                CAPTURE(p);
                const bool start = p < n && !is_space_at(t, p) && is_space_before(t, p);
                REQUIRE(((bits[p / 64] >> (p % 64)) & 1) == start);
            }
        }
    }
}

TEST_CASE("next_word_start gives what the blanks' scan gives, at every start and end") {
    std::uint64_t state = 0xD1B54A32D192ED03ull;
    std::vector<std::uint64_t> bits;
    for (int round = 0; round < 60; ++round) {
        const std::string t = blank_heavy_text(state, 40 + round * 3);
        word_start_bits(t, bits);
        for (std::size_t end = 0; end <= t.size(); ++end)
            for (std::size_t i = 0; i <= end + 1 && i < t.size(); ++i) {
                CAPTURE(i);
                CAPTURE(end);
                REQUIRE(next_word_start(bits, t, i, end) == next_word_scan(t, i, end));
            }
    }
}
