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

// The pieces below are tried at nearly every byte the grammars look at, so
// they are written by hand: a function that says where a match at p ends
// (nullptr: none), matching exactly what the X3 expression in its comment
// would, made a parser by scan_parser.
template <const char* (*Scan)(const char*, const char*)>
struct scan_parser : x3::parser<scan_parser<Scan>> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        const char* const end = Scan(first, last);
        if (!end) return false;
        first = end;
        return true;
    }
};

// A space within a line: blank, tab, CR (CRLF files) or U+00A0. `ws` is
// +blank, `opt_ws` *blank: one parser for the three, by how many it takes
// (as three scan functions they cost 0.9% more instructions a document).
inline std::size_t blank_at(const char* p, const char* end) { // its bytes, 0 if none
    // (asked at most bytes the grammars pass: one table load settles all but C2)
    static constexpr auto kinds = [] { // 1: a blank, 2: the first byte of U+00A0
        std::array<std::uint8_t, 256> a{};
        for (unsigned char c : {' ', '\t', '\r'}) a[c] = 1;
        a[0xC2] = 2;
        return a;
    }();
    if (p == end) return 0;
    const std::uint8_t k = kinds[static_cast<unsigned char>(*p)];
    if (k != 2) return k;
    return end - p >= 2 && p[1] == '\xA0' ? 2 : 0;
}
enum class blanks { one, some, any };
template <blanks How>
struct blanks_parser : x3::parser<blanks_parser<How>> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        const char* q = first;
        while (const std::size_t n = blank_at(q, last)) {
            q += n;
            if (How == blanks::one) break;
        }
        if (q == first && How != blanks::any) return false;
        first = q;
        return true;
    }
};
inline blanks_parser<blanks::one> const blank{};
inline blanks_parser<blanks::some> const ws{};
inline blanks_parser<blanks::any> const opt_ws{};

static auto const ascii_upper = char_('A', 'Z');
static auto const ascii_lower = char_('a', 'z');
static auto const digit = char_('0', '9');
// U+00C0..U+07FF: Latin-1 letters, Latin Extended, Greek, Cyrillic ...
static auto const utf8_letter = char_('\xC3', '\xDF') >> char_('\x80', '\xBF');
// Upper-case Latin-1 letters (U+00C0..U+00DE) start names too: Élysée, Ørsted.
static auto const utf8_upper = lit('\xC3') >> char_('\x80', '\x9E');
// ascii_upper | ascii_lower | utf8_letter
inline const char* scan_letter(const char* p, const char* end) {
    if (p == end) return nullptr;
    const auto c = static_cast<unsigned char>(*p);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return p + 1;
    return c >= 0xC3 && c <= 0xDF && end - p >= 2 && (static_cast<unsigned char>(p[1]) & 0xC0) == 0x80 ? p + 2 : nullptr;
}
// ascii_upper | utf8_upper: a letter that starts a name
inline const char* scan_capital(const char* p, const char* end) {
    if (p == end) return nullptr;
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 'A' && c <= 'Z') return p + 1;
    const auto n = end - p >= 2 ? static_cast<unsigned char>(p[1]) : 0;
    return c == 0xC3 && n >= 0x80 && n <= 0x9E ? p + 2 : nullptr;
}
inline scan_parser<scan_letter> const letter{};
inline scan_parser<scan_capital> const capital{};
static auto const apostrophe = lit('\'') | lit("\xE2\x80\x99");

// letter | digit
inline const char* scan_alnum(const char* p, const char* end) {
    const std::size_t n = p == end ? 0 : lexicon::alnum_at(p, end);
    return n ? p + n : nullptr;
}
inline scan_parser<scan_alnum> const alnum{};

// A word: letters and digits, with inner hyphens, apostrophes and stops (don't, al-Assad):
// +alnum >> *((lit('-') | apostrophe | lit('.')) >> +alnum)
inline const char* scan_word(const char* p, const char* end) {
    auto run = [&](const char* q) { // past the letters and digits at q
        while (q < end)
            if (const std::size_t n = lexicon::alnum_at(q, end)) q += n;
            else break;
        return q;
    };
    const char* q = run(p);
    if (q == p) return nullptr;
    for (;;) {
        std::size_t sep = 0;
        if (q < end && (*q == '-' || *q == '\'' || *q == '.')) sep = 1;
        else if (end - q >= 3 && q[0] == '\xE2' && q[1] == '\x80' && q[2] == '\x99') sep = 3;
        if (!sep) break;
        const char* r = run(q + sep);
        if (r == q + sep) break;
        q = r;
    }
    return q;
}
inline scan_parser<scan_word> const word{};

// True at a position where no word continues: !(alnum | (lit('-') >> alnum))
inline const char* scan_word_end(const char* p, const char* end) { return lexicon::word_ends(p, end) ? p : nullptr; }
inline scan_parser<scan_word_end> const word_end{};

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
