// Short keys (words, names, graph keys) hashed and compared inline.
//
// A hash of a short string: the stages hash words, names and keys
// of a few to a few dozen bytes, and libstdc++'s std::hash is a call into
// the library (_Hash_bytes) that handles its tail a byte at a time (1.5% of
// the wall-time samples across a dozen callers). Like libstdc++'s, it has
// no secret seed, so keys that collide can be made on purpose, as they
// could with std::hash: the tables keyed by a text's words and names are
// per document or bounded, but for the merged graph's vertex keys (a
// corpus crafted for it makes a merge slow, not wrong). The same key hashes
// the same on every run; no output depends on the value (only iteration
// order of a table could, and the tables that output walks are sorted
// first).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace quotegraph {

inline std::uint64_t hash_string(std::string_view s) noexcept {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = k ^ n;
    auto mix = [](std::uint64_t h, std::uint64_t v) {
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        return h ^ (h >> 31);
    };
    for (; n > 8; p += 8, n -= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        h = mix(h, v);
    }
    // the last 1 to 8 bytes in one value, with no loop over them: two loads
    // that may overlap (4 to 8 bytes), or three bytes (1 to 3)
    std::uint64_t v = 0;
    if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        v = (std::uint64_t(a) << 32) | b;
    } else if (n > 0) {
        v = (std::uint64_t(static_cast<unsigned char>(p[0])) << 16) |
            (std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    return mix(h, v);
}

// For maps and sets of strings asked with a string_view.
struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return hash_string(s); }
};

// [a, a + n) and [b, b + n) hold the same bytes. For runs of a few bytes:
// two loads a side that may overlap, instead of a call to memcmp.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    auto load = [](const char* p, auto v) {
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    if (n >= 8 && n <= 16)
        return load(a, std::uint64_t()) == load(b, std::uint64_t()) &&
               load(a + n - 8, std::uint64_t()) == load(b + n - 8, std::uint64_t());
    if (n >= 4 && n < 8)
        return load(a, std::uint32_t()) == load(b, std::uint32_t()) &&
               load(a + n - 4, std::uint32_t()) == load(b + n - 4, std::uint32_t());
    if (n < 4) return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
    return std::memcmp(a, b, n) == 0;
}

} // namespace quotegraph
