#include "prefix_trie.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>

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
    const node& root = nodes_[0];
    for (std::size_t k = 0; k < root.children; ++k)
        root_child_[static_cast<unsigned char>(first_bytes_[root.first_child + k])] = std::uint16_t(root.first_child + k);
}

bool prefix_trie::longest_prefix(const char*& first, const char* last, int& value) const {
    if (nodes_.empty()) return false;
    const char* p = first;
    const char* found = nullptr;
    int found_value = 0;
    // (the root has a child for most first bytes: one table load finds it)
    std::size_t at = p < last ? root_child_[static_cast<unsigned char>(*p)] : 0;
    while (at) {
        const node& n = nodes_[at];
        if (std::size_t(last - p) < n.label_size) break;
        const char* label = labels_.data() + n.label_at;
        std::size_t i = 0;
        while (i < n.label_size && p[i] == label[i]) ++i;
        if (i < n.label_size) break;
        p += n.label_size;
        if (n.has_value) {
            found = p;
            found_value = n.value;
        }
        if (p == last || n.children == 0) break;
        // (most nodes below the root have one or two children)
        const char* bytes = first_bytes_.data() + n.first_child;
        std::size_t k = 0;
        while (k < n.children && bytes[k] != *p) ++k;
        if (k == n.children) break;
        at = n.first_child + k;
    }
    if (!found) return false;
    first = found;
    value = found_value;
    return true;
}

} // namespace quotegraph::grammar
