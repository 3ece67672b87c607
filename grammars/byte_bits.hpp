// A text's bytes classified a bit each (sixteen at a time where SSE2 is),
// and the runs of set bits found 64 bytes at a time: how the word index's
// warm-up (lexicon.cpp) and the flag rules' phrase search (claims.cpp) find
// every word of a text without a test at every byte.
#pragma once

#include <bit>
#include <cstdint>
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
