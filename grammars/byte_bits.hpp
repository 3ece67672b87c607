// A text's bytes classified a bit each (sixteen at a time where SSE2 is),
// and the runs of set bits found 64 bytes at a time: how the word index's
// warm-up (lexicon.cpp) and the flag rules' phrase search (claims.cpp) find
// every word of a text without a test at every byte.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace quotegraph::grammar {

#ifdef __SSE2__
// 0xFF in each byte of x from lo to hi (as unsigned bytes), 0 elsewhere.
inline __m128i bytes_in_range(__m128i x, unsigned char lo, unsigned char hi) {
    const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8(char(lo)));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(char(hi - lo))), d);
}
// 0xFF in each byte of x that is an ASCII letter or digit, 0 elsewhere.
inline __m128i ascii_alnum_bytes(__m128i x) {
    return _mm_or_si128(bytes_in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z'), bytes_in_range(x, '0', '9'));
}
#endif

// The bytes a scan may stop at: those in one of up to four ranges (made
// where it is declared `static constexpr`: a fifth range does not compile).
struct byte_set {
    std::array<std::uint8_t, 4> lo{}, hi{};
    unsigned ranges = 0;
    std::array<std::uint64_t, 4> map{}; // (the same, a bit a byte)
    constexpr byte_set with(std::uint8_t from, std::uint8_t to) const {
        if (ranges == lo.size()) throw std::length_error("byte_set: more than four ranges");
        byte_set s = *this;
        s.lo[s.ranges] = from;
        s.hi[s.ranges] = to;
        ++s.ranges;
        for (unsigned c = from; c <= to; ++c) s.map[c / 64] |= std::uint64_t(1) << (c % 64);
        return s;
    }
    constexpr byte_set with(std::uint8_t c) const { return with(c, c); }
    constexpr bool has(std::uint8_t c) const { return (map[c / 64] >> (c % 64) & 1) != 0; }
#ifdef __SSE2__
    // bit k for p[k] in the set, of the 16 bytes from p
    unsigned in_16(const char* p) const {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i m = _mm_setzero_si128();
        // (a range of one byte is one comparison; the sets are constexpr, so this is decided when compiled)
        for (unsigned k = 0; k < ranges; ++k)
            m = _mm_or_si128(m, lo[k] == hi[k] ? _mm_cmpeq_epi8(x, _mm_set1_epi8(char(lo[k]))) : bytes_in_range(x, lo[k], hi[k]));
        return unsigned(_mm_movemask_epi8(m));
    }
    // bit k for p[k] in the set, of the 64 bytes from p
    std::uint64_t in_64(const char* p) const {
        std::uint64_t m = 0;
        for (unsigned i = 0; i < 64; i += 16) m |= std::uint64_t(in_16(p + i)) << i;
        return m;
    }
#endif
};

struct any_byte {
    constexpr bool operator()(std::size_t) const { return true; }
};

// The first i <= k < end that stop(k) says yes to, or end, where stop says
// no outside `set` (with no `stop`, the first byte in `set`): sixteen bytes
// at a time while t has them (the bytes past `end` read and ignored). For the
// scans that pass over long runs of plain text (document.hpp's first_stop
// takes eight bytes at a time: the short ones asked at every word). Inlined:
// each caller's scan is its own loop.
template <typename Stop = any_byte>
[[gnu::always_inline]] inline std::size_t first_in(std::string_view t, std::size_t i, std::size_t end, const byte_set& set,
                                                   Stop stop = {}) {
#ifdef __SSE2__
    for (; i < end && i + 16 <= t.size(); i += 16) {
        unsigned m = set.in_16(t.data() + i);
        if (end - i < 16) m &= (1u << (end - i)) - 1;
        for (; m; m &= m - 1)
            if (const std::size_t k = i + std::size_t(std::countr_zero(m)); stop(k)) return k;
    }
#endif
    for (; i < end; ++i)
        if (set.has(static_cast<std::uint8_t>(t[i])) && stop(i)) return i;
    return end;
}

// The classes of the 64 bytes from p (all of them must be readable), a bit
// each: bit i for p[i]. The scans that ask about a byte and the one before it
// (where a word starts) take them 64 at a time.
struct byte_classes {
    std::uint64_t alnum = 0; // an ASCII letter or digit
    std::uint64_t lead = 0;  // C3..DF, the first byte of a 2-byte letter
    std::uint64_t upper = 0; // A..Z
    std::uint64_t dot = 0;   // '.'
};

inline byte_classes classes_of_64(const char* p) {
    byte_classes k;
#ifdef __SSE2__
    for (unsigned i = 0; i < 64; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        auto bits = [i](__m128i m) { return std::uint64_t(unsigned(_mm_movemask_epi8(m))) << i; };
        k.alnum |= bits(ascii_alnum_bytes(x));
        k.lead |= bits(bytes_in_range(x, 0xC3, 0xDF));
        k.upper |= bits(bytes_in_range(x, 'A', 'Z'));
        k.dot |= bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')));
    }
#else
    for (unsigned i = 0; i < 64; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        const std::uint64_t bit = std::uint64_t(1) << i;
        const bool upper = c >= 'A' && c <= 'Z';
        if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) k.alnum |= bit;
        if (c >= 0xC3 && c <= 0xDF) k.lead |= bit;
        if (upper) k.upper |= bit;
        if (c == '.') k.dot |= bit;
    }
#endif
    return k;
}

// each(start, end) for every run of set bits in `bits` (bit i of word i / 64
// for byte i), in order. The last word must be all clear.
template <typename Each>
void for_each_run(const std::vector<std::uint64_t>& bits, Each&& each) {
    for (std::size_t w = 0, end = 0;;) {
        std::uint64_t v = bits[w] & (~std::uint64_t(0) << (end % 64));
        while (!v && w + 1 < bits.size()) v = bits[++w];
        if (!v) return;
        const std::size_t start = w * 64 + std::size_t(std::countr_zero(v));
        v = ~bits[w] & (~std::uint64_t(0) << (start % 64));
        while (!v) v = ~bits[++w];
        end = w * 64 + std::size_t(std::countr_zero(v));
        each(start, end);
    }
}

} // namespace quotegraph::grammar
