// text -> document: paragraphs, sentences, dateline and publisher.
#pragma once
#include "../grammars/byte_bits.hpp"
#include "rules.hpp"
#include "types.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

document make_document(std::string id, std::string text, const rule_set& rules);

// The index of the paragraph holding `pos` (0 before the first); d.paragraphs must not be empty.
std::size_t paragraph_index(const document& d, std::size_t pos);

// True when the full stop ending at `dot` (the '.' itself) closes a sentence
// rather than an abbreviation ("Mr.", "U.S.") or an initial ("J.").
bool ends_sentence(std::string_view text, std::size_t dot, const rule_set& rules);

// 1-based line and column (in bytes) of offsets into a text whose lines end
// in LF, CRLF or a lone CR; built once, then O(log lines) a question.
class line_index {
public:
    explicit line_index(std::string_view text);
    std::size_t line(std::size_t pos) const;
    std::size_t column(std::size_t pos) const;

private:
    std::vector<std::size_t> starts_; // where each line after the first starts
};

// The length of the well-formed UTF-8 sequence at t[i], 0 if there is none.
inline std::size_t utf8_length_at(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > t.size() || (n == 2 && c < 0xC2) || (n == 4 && c > 0xF4)) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(t[i + k]) & 0xC0) != 0x80) return 0;
    const auto c1 = static_cast<unsigned char>(t[i + 1 < t.size() ? i + 1 : i]);
    if (n == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))) return 0; // overlong, surrogate
    if (n == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))) return 0; // overlong, > U+10FFFF
    return n;
}

// Where the first byte that is not well-formed UTF-8 stands, or npos.
inline std::size_t invalid_utf8_at(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t n = utf8_length_at(t, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

// Whether all of `s` is well-formed UTF-8 (invalid_utf8_at finds nothing),
// by the JSON reader's SIMD check (defined in input.cpp, with the reader):
// no branch a character, where invalid_utf8_at has several.
bool well_formed_utf8(std::string_view s) noexcept;

// `s` with each byte that is not part of well-formed UTF-8 replaced by
// U+FFFD, for writers whose readers expect UTF-8 (as nlohmann's dump does
// with error_handler_t::replace).
inline std::string utf8_clean(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8_length_at(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

// `s` as it is when it is well-formed UTF-8 (the common case: no copy), else
// utf8_clean(s) kept in `storage`.
inline std::string_view utf8_view(std::string_view s, std::string& storage) {
    if (well_formed_utf8(s)) return s;
    storage = utf8_clean(s);
    return storage;
}

// The high bit of each byte of v below n (n <= 128), or equal to c. The
// lowest bit set is exact (no borrow reaches down to it); a higher one may
// flag a byte that is not (and for n = 128 miss one that is).
constexpr std::uint64_t bytes_below(std::uint64_t v, std::uint8_t n) {
    return (v - 0x0101010101010101ull * n) & ~v & 0x8080808080808080ull;
}
constexpr std::uint64_t bytes_equal(std::uint64_t v, std::uint8_t c) { return bytes_below(v ^ (0x0101010101010101ull * c), 1); }

// ASCII classes and case as <cctype> has them in the "C" locale (the program
// sets no other), without a library call: some stages ask at every byte.
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_alnum(char c) { // (a table: word scans ask at every byte of a text)
    static constexpr auto yes = [] {
        std::array<bool, 256> a{};
        for (int c = 0; c < 256; ++c) a[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        return a;
    }();
    return yes[static_cast<unsigned char>(c)];
}
inline char ascii_lower(char c) { return ascii_upper(c) ? char(c - 'A' + 'a') : c; }

// ASCII lower case (multi-byte letters are left as they are).
inline std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = ascii_lower(c);
    return out;
}

// Whole UTF-8 characters only: a span the grammars cut inside one (at a
// no-break space, say) loses the broken bytes.
inline span whole_chars(std::string_view t, span s) {
    while (s.start < s.end && (static_cast<unsigned char>(t[s.start]) & 0xC0) == 0x80) ++s.start;
    if (s.end > s.start) {
        std::size_t lead = s.end - 1;
        while (lead > s.start && (static_cast<unsigned char>(t[lead]) & 0xC0) == 0x80) --lead;
        const auto c = static_cast<unsigned char>(t[lead]);
        const std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (lead + n != s.end) s.end = lead;
    }
    return s;
}

// At most `max` bytes of whole UTF-8 characters on one line, "…" where cut
// (for reports and labels).
inline std::string shorten(std::string_view s, std::size_t max) {
    std::string out;
    for (char c : utf8_clean(s)) out += (c == '\n' || c == '\r') ? ' ' : c;
    if (out.size() <= max) return out;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    return out.substr(0, cut) + "…";
}

// Letters of U+0080.. are two or more bytes; these helpers look at one byte.
inline bool is_space_at(std::string_view t, std::size_t i) {
    // (asked at every byte of the word scans: one table load for the common case)
    static constexpr auto kinds = [] { // 1: a space, 2: the first byte of U+00A0
        std::array<std::uint8_t, 256> a{};
        for (unsigned char c : std::string_view(" \t\r\n\f\v")) a[c] = 1;
        a[0xC2] = 2;
        return a;
    }();
    const auto k = kinds[static_cast<unsigned char>(t[i])];
    return k == 1 || (k == 2 && i + 1 < t.size() && t[i + 1] == '\xA0');
}
using grammar::byte_set;
using grammar::first_in;

// The first i <= k < end that stop(k) says yes to, or end, eight bytes at a
// time: flags(v) marks the high bit of each byte of v that stop may say yes
// to, and its lowest mark must be exact (as bytes_below's and bytes_equal's
// are). For the short scans asked at every word.
template <typename Flags, typename Stop>
std::size_t first_stop(std::string_view t, std::size_t i, std::size_t end, Flags flags, Stop stop) {
    if constexpr (std::endian::native == std::endian::little) {
        while (i + 8 <= end) {
            std::uint64_t v;
            std::memcpy(&v, t.data() + i, 8);
            const std::uint64_t m = flags(v);
            if (!m) {
                i += 8;
                continue;
            }
            const std::size_t k = i + std::size_t(std::countr_zero(m)) / 8;
            if (stop(k)) return k;
            i = k + 1;
        }
    }
    for (; i < end; ++i)
        if (stop(i)) return i;
    return end;
}

// The first i <= k < end with is_space_at(t, k), or end.
inline std::size_t next_space(std::string_view t, std::size_t i, std::size_t end) {
    // blanks are below '!'; C2 opens a no-break space
    return first_stop(t, i, end, [](std::uint64_t v) { return bytes_below(v, '!') | bytes_equal(v, 0xC2); },
                      [t](std::size_t k) { return is_space_at(t, k); });
}
inline bool is_space_before(std::string_view t, std::size_t i) { // the char ending at i-1
    if (i == 0) return false;
    char c = t[i - 1];
    if (c == '\xA0' && i >= 2 && t[i - 2] == '\xC2') return true;
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Past the blanks at i (a no-break space is two bytes), up to end.
inline std::size_t skip_space(std::string_view t, std::size_t i, std::size_t end) {
    while (i < end && is_space_at(t, i)) i += t[i] == '\xC2' ? 2 : 1;
    return i;
}

// Bit p of `bits` (64 a word) set where a word starts: no blank at p, and a
// blank (a no-break space included) ending right before it. The last word is
// all clear. Found 64 bytes at a time, so that the word scans of a text are a
// bit search instead of a look at each of its bytes.
inline void word_start_bits(std::string_view t, std::vector<std::uint64_t>& bits) {
    const std::size_t n = t.size();
    bits.assign(n / 64 + 2, 0);
    std::size_t b = 0;
#ifdef __SSE2__
    static constexpr byte_set one_byte_blanks = byte_set{}.with(' ').with('\t', '\r');
    static constexpr byte_set c2_byte = byte_set{}.with(0xC2), a0_byte = byte_set{}.with(0xA0);
    // (bit 63 of the block before: a C2, the last byte of a blank)
    std::uint64_t c2_before = 0, blank_before = 0;
    for (; b + 64 <= n; b += 64) {
        const char* const p = t.data() + b;
        const std::uint64_t one = one_byte_blanks.in_64(p), c2 = c2_byte.in_64(p), a0 = a0_byte.in_64(p);
        const std::uint64_t a0_after = b + 64 < n && t[b + 64] == '\xA0';
        const std::uint64_t blank = one | (c2 & ((a0 >> 1) | (a0_after << 63)));
        const std::uint64_t blank_ends = one | (a0 & ((c2 << 1) | c2_before));
        bits[b / 64] = ~blank & ((blank_ends << 1) | blank_before);
        c2_before = c2 >> 63;
        blank_before = blank_ends >> 63;
    }
#endif
    for (std::size_t p = b; p < n; ++p)
        if (!is_space_at(t, p) && is_space_before(t, p)) bits[p / 64] |= std::uint64_t(1) << (p % 64);
}

[[gnu::cold, gnu::noinline]] inline std::size_t next_word_scan(std::string_view t, std::size_t i, std::size_t end) {
    return skip_space(t, next_space(t, i, end), end);
}

// next_word_scan(t, i, end): where the word after the one at i (or after the
// blanks at i) starts, or end; from `starts`, word_start_bits of t. (A
// position in a no-break space's A0, and an end right after a C2, which the
// blanks' scan may pass by one byte, take that scan.) Inlined: the word
// steps of find_reported make it a hundred thousand calls on 2 MB.
[[gnu::always_inline]] inline std::size_t next_word_start(const std::vector<std::uint64_t>& starts, std::string_view t,
                                                          std::size_t i, std::size_t end) {
    if (i >= end || t[i] == '\xA0' || t[end - 1] == '\xC2') return next_word_scan(t, i, end);
    std::size_t w = (i + 1) / 64;
    std::uint64_t m = starts[w] & (~std::uint64_t(0) << ((i + 1) % 64));
    while (!m) {
        if (++w * 64 >= end) return end;
        m = starts[w];
    }
    return std::min(w * 64 + std::size_t(std::countr_zero(m)), end);
}

} // namespace quotegraph
