#include "prefix_trie.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <deque>
#include <stdexcept>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace quotegraph::grammar {

prefix_trie::prefix_trie(std::vector<std::pair<std::string_view, int>> entries) {
    std::erase_if(entries, [](const auto& e) { return e.first.empty(); });
    // (stable, then unique: of equal entries the first added stays)
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    entries.erase(std::unique(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                  entries.end());
    // (labels_ holds at most every byte of the entries, nodes_ one node a byte and the root)
    std::size_t bytes = 0;
    for (const auto& e : entries) bytes += e.first.size();
    if (bytes >= UINT32_MAX) throw std::length_error("prefix_trie: over 4 GiB of entries");
    nodes_.emplace_back();
    first_bytes_.push_back('\0');
    if (entries.empty()) return;
    // Each node stands for the entries [lo, hi), which share their first
    // `depth` bytes. Nodes are laid out as they are taken from the queue, so
    // that all children of one node are made, and stored, together.
    struct pending {
        std::size_t at, lo, hi, depth;
    };
    std::deque<pending> queue{{0, 0, entries.size(), 0}};
    while (!queue.empty()) {
        const pending p = queue.front();
        queue.pop_front();
        std::size_t k = p.lo;
        if (entries[k].first.size() == p.depth) { // (sorted: the one that ends here comes first)
            nodes_[p.at].has_value = true;
            nodes_[p.at].value = entries[k].second;
            ++k;
        }
        nodes_[p.at].first_child = std::uint32_t(nodes_.size());
        std::size_t children = 0;
        while (k < p.hi) {
            const char c = entries[k].first[p.depth];
            std::size_t end = k + 1;
            while (end < p.hi && entries[end].first[p.depth] == c) ++end;
            // the bytes every entry of the group shares: those of its first and last
            const std::string_view a = entries[k].first;
            const std::string_view b = entries[end - 1].first;
            std::size_t common = p.depth + 1;
            while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
            node child;
            child.label_at = std::uint32_t(labels_.size());
            child.label_size = std::uint32_t(common - p.depth);
            labels_.append(a.substr(p.depth, common - p.depth));
            queue.push_back({nodes_.size(), k, end, common});
            nodes_.push_back(child);
            first_bytes_.push_back(c);
            ++children;
            k = end;
        }
        nodes_[p.at].children = std::uint16_t(children); // (at most 256: one a byte)
    }
    // (sixteen bytes can be read from any label or child's first byte)
    labels_.append(16, '\0');
    first_bytes_.append(16, '\0');
    const node& root = nodes_[0];
    for (std::size_t k = 0; k < root.children; ++k)
        root_child_[static_cast<unsigned char>(first_bytes_[root.first_child + k])] = std::uint16_t(root.first_child + k);
}

namespace {

#ifdef __SSE2__
// Bit k set where a[k] == b[k], of the 16 bytes from each.
unsigned equal_16(const char* a, const char* b) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b));
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)));
}
#endif

} // namespace

bool prefix_trie::longest_prefix(const char*& first, const char* last, int& value) const {
    if (nodes_.empty()) return false;
    const char* p = first;
    const char* found = nullptr;
    int found_value = 0;
    // (the root has a child for most first bytes: one table load finds it)
    std::size_t at = p < last ? root_child_[static_cast<unsigned char>(*p)] : 0;
    while (at) {
        const node& n = nodes_[at];
        const std::size_t left = std::size_t(last - p);
        if (left < n.label_size) break;
        const char* label = labels_.data() + n.label_at;
#ifdef __SSE2__
        // (labels are padded: sixteen bytes can be read from any; compared a
        // byte at a time, each label's end was a branch the predictor missed)
        if (n.label_size <= 16 && left >= 16) {
            const unsigned all = (1u << n.label_size) - 1;
            if ((equal_16(p, label) & all) != all) break;
        } else
#endif
        if (std::memcmp(p, label, n.label_size) != 0) break;
        p += n.label_size;
        if (n.has_value) {
            found = p;
            found_value = n.value;
        }
        if (p == last || n.children == 0) break;
        const char* bytes = first_bytes_.data() + n.first_child;
        std::size_t k = 0;
#ifdef __SSE2__
        // the child whose first byte is *p, sixteen children at a time (first_bytes_ is padded too)
        const __m128i c = _mm_set1_epi8(*p);
        for (; k < n.children; k += 16) {
            const unsigned hit = unsigned(_mm_movemask_epi8(
                _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + k)), c)));
            if (hit) {
                k += std::size_t(std::countr_zero(hit));
                break;
            }
        }
        if (k >= n.children) break;
#else
        while (k < n.children && bytes[k] != *p) ++k;
        if (k == n.children) break;
#endif
        at = n.first_child + k;
    }
    if (!found) return false;
    first = found;
    value = found_value;
    return true;
}

} // namespace quotegraph::grammar
