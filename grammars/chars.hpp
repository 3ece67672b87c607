// Byte-level building blocks shared by the grammars. Text is UTF-8; the
// grammars treat 2-byte sequences from U+00C0 on as letters and name the
// 3-byte marks they care about (quotes, dashes) explicitly.
#pragma once
#include "lexicon.hpp"

#include <algorithm>

namespace quotegraph::grammar::chars {

// The parsers built from others below are `static`, one copy per translation
// unit, not `inline`: clang does not order the dynamic initialisation of
// inline variables across translation units, and a parser copied from one
// not yet initialised matched nothing (found by fuzzing the clang build).

using x3::char_;
using x3::lit;

// A space within a line: blank, tab, CR (CRLF files) or U+00A0.
static auto const blank = char_(" \t\r") | lit("\xC2\xA0");
static auto const ws = +blank;
static auto const opt_ws = *blank;

static auto const ascii_upper = char_('A', 'Z');
static auto const ascii_lower = char_('a', 'z');
static auto const digit = char_('0', '9');
// U+00C0..U+07FF: Latin-1 letters, Latin Extended, Greek, Cyrillic ...
static auto const utf8_letter = char_('\xC3', '\xDF') >> char_('\x80', '\xBF');
// Upper-case Latin-1 letters (U+00C0..U+00DE) start names too: Élysée, Ørsted.
static auto const utf8_upper = lit('\xC3') >> char_('\x80', '\x9E');
static auto const letter = ascii_upper | ascii_lower | utf8_letter;
static auto const alnum = letter | digit;
static auto const apostrophe = lit('\'') | lit("\xE2\x80\x99");
// A word: letters and digits, with inner hyphens and apostrophes (don't, al-Assad).
static auto const word = +alnum >> *((lit('-') | apostrophe | lit('.')) >> +alnum);
// True at a position where no word continues.
static auto const word_end = !(alnum | (lit('-') >> alnum));

// A whole lower-case word of five letters or more with a given ending:
// "-ly" manner adverbs that may stand between a subject and its verb
// ("justifiably", "forcefully"), "-ing" participles ("speaking on condition …").
template <char... Ending>
struct lower_word_ending_parser : x3::parser<lower_word_ending_parser<Ending...>> {
    using attribute_type = x3::unused_type;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        static constexpr char ending[] = {Ending...};
        constexpr std::ptrdiff_t n = sizeof...(Ending);
        It it = first;
        while (it != last && *it >= 'a' && *it <= 'z') ++it;
        if (it - first < 5 || !std::equal(ending, ending + n, it - n)) return false;
        if (it != last && (*it == '-' || *it == '\'' || (static_cast<unsigned char>(*it) >= 0xC3 && static_cast<unsigned char>(*it) <= 0xDF)))
            return false;
        first = it;
        return true;
    }
};
// A lower-case word that cannot be a plural noun: "take", "run", "be" (not
// "reporters", but "address" and "discuss" end in -ss and are verbs).
struct bare_lower_word_parser : x3::parser<bare_lower_word_parser> {
    using attribute_type = x3::unused_type;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It it = first;
        while (it != last && *it >= 'a' && *it <= 'z') ++it;
        if (it - first < 2 || (it != last && (std::isalnum(static_cast<unsigned char>(*it)) || *it == '-' || *it == '\'')))
            return false;
        if (*(it - 1) == 's' && *(it - 2) != 's') return false;
        first = it;
        return true;
    }
};
inline bare_lower_word_parser const bare_lower_word{};

inline lower_word_ending_parser<'l', 'y'> const ly_adverb{};
inline lower_word_ending_parser<'i', 'n', 'g'> const ing_word{};

static auto const dash = lit("\xE2\x80\x94") | lit("\xE2\x80\x93") | lit("--") | lit('-');

} // namespace quotegraph::grammar::chars
