// The longest entry of a word list that starts a text: the question
// x3::symbols answered for the lexicon's lists. x3::symbols keeps a ternary
// search tree of one heap block a node, and a lookup walks from block to
// block, several a character; on a real core over half of the lookup's
// time was spent waiting for those loads. This is a radix tree in flat
// arrays instead: each node's children side by side, with their first bytes
// in one string, and each run of characters that no entry branches in
// compared at once.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quotegraph::grammar {

class prefix_trie {
public:
    prefix_trie() = default;
    // The entries, each with its value (the trie keeps copies of their
    // bytes). Of equal entries the first one's value is kept (as
    // x3::symbols::add keeps it); an empty one is ignored. Throws
    // std::length_error past 4 GiB of entries (offsets are 32 bits).
    explicit prefix_trie(std::vector<std::pair<std::string_view, int>> entries);

    // The longest entry that is a prefix of [first, last): its value goes to
    // `value` and `first` moves past it. False, with both untouched, if none is.
    bool longest_prefix(const char*& first, const char* last, int& value) const;

private:
    struct node {
        std::uint32_t label_at = 0, label_size = 0; // in labels_: the bytes from the parent to this node
        std::uint32_t first_child = 0;              // in nodes_; its siblings follow it
        int value = 0;
        std::uint16_t children = 0;
        bool has_value = false;
    };
    std::vector<node> nodes_;  // the root first, then breadth first
    std::array<std::uint16_t, 256> root_child_{}; // the root's child for each first byte: its index in nodes_, 0 if none
    std::string labels_;
    std::string first_bytes_;  // each node's first label byte, at the node's index
};

} // namespace quotegraph::grammar
