// Byte-level building blocks shared by the grammars. Text is UTF-8; the
// grammars treat 2-byte sequences from U+00C0 on as letters and name the
// 3-byte marks they care about (quotes, dashes) explicitly.
#pragma once
#include "lexicon.hpp"

namespace quotegraph::grammar::chars {

using x3::char_;
using x3::lit;

// A space within a line: blank, tab, CR (CRLF files) or U+00A0.
inline auto const blank = char_(" \t\r") | lit("\xC2\xA0");
inline auto const ws = +blank;
inline auto const opt_ws = *blank;

inline auto const ascii_upper = char_('A', 'Z');
inline auto const ascii_lower = char_('a', 'z');
inline auto const digit = char_('0', '9');
// U+00C0..U+07FF: Latin-1 letters, Latin Extended, Greek, Cyrillic ...
inline auto const utf8_letter = char_('\xC3', '\xDF') >> char_('\x80', '\xBF');
// Upper-case Latin-1 letters (U+00C0..U+00DE) start names too: Élysée, Ørsted.
inline auto const utf8_upper = lit('\xC3') >> char_('\x80', '\x9E');
inline auto const letter = ascii_upper | ascii_lower | utf8_letter;
inline auto const alnum = letter | digit;
inline auto const apostrophe = lit('\'') | lit("\xE2\x80\x99");
// A word: letters and digits, with inner hyphens and apostrophes (don't, al-Assad).
inline auto const word = +alnum >> *((lit('-') | apostrophe | lit('.')) >> +alnum);
// True at a position where no word continues.
inline auto const word_end = !(alnum | (lit('-') >> alnum));

// A lower-case word in -ly: the manner adverbs ("justifiably", "forcefully")
// that may stand between a subject and its verb.
struct ly_adverb_parser : x3::parser<ly_adverb_parser> {
    using attribute_type = x3::unused_type;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It it = first;
        while (it != last && *it >= 'a' && *it <= 'z') ++it;
        if (it - first < 5 || *(it - 1) != 'y' || *(it - 2) != 'l') return false;
        if (it != last && (*it == '-' || *it == '\'' || (static_cast<unsigned char>(*it) >= 0xC3 && static_cast<unsigned char>(*it) <= 0xDF)))
            return false;
        first = it;
        return true;
    }
};
inline ly_adverb_parser const ly_adverb{};

// A lower-case word in -ing: a participle ("speaking on condition of anonymity").
struct ing_word_parser : x3::parser<ing_word_parser> {
    using attribute_type = x3::unused_type;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It it = first;
        while (it != last && *it >= 'a' && *it <= 'z') ++it;
        if (it - first < 5 || *(it - 1) != 'g' || *(it - 2) != 'n' || *(it - 3) != 'i') return false;
        first = it;
        return true;
    }
};
inline ing_word_parser const ing_word{};

inline auto const dash = lit("\xE2\x80\x94") | lit("\xE2\x80\x93") | lit("--") | lit('-');

} // namespace quotegraph::grammar::chars
