// A rule file's YAML tree as a flat table of nodes, which the schema check
// and the loader read through rule_node (the part of yaml-cpp's Node they
// use). A file given at run time is parsed by yaml-cpp and copied into a
// table; the default files' tables are built when quotegraph is built
// (scripts/embed_rules.cpp), so a run reads its defaults with no parsing.
#pragma once
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

enum class rule_node_type : std::uint8_t { null, scalar, sequence, map };

struct rule_doc_node {
    std::uint32_t text_at, text_size; // its scalar, in the table's text
    std::uint32_t kids_at, kids_size; // its children, in the table's kids (a mapping's: key, value, key, ...)
    std::uint32_t line, column;       // where it starts in the file, from 0
    rule_node_type type;
};

// A table: node 0 is the root.
struct rule_doc_view {
    const rule_doc_node* nodes;
    const std::uint32_t* kids;
    const char* text;
};

// A table built at run time, and what it points into.
struct rule_doc {
    std::vector<rule_doc_node> nodes;
    std::vector<std::uint32_t> kids;
    std::string text;
    rule_doc_view view() const { return {nodes.data(), kids.data(), text.data()}; }
};

// yaml-cpp's tree (as YAML::Load gives it) as a table: every scalar as Node::Scalar
// gives it, every mark's line and column.
rule_doc rule_doc_from_yaml(const YAML::Node& root);

// What iterating a node gives: a sequence's item is the item itself, a
// mapping's has the pair in first and second (as yaml-cpp's iterator does).
struct rule_item;

class rule_node {
public:
    rule_node() = default; // undefined: what a mapping gives for a key it lacks
    explicit rule_node(const rule_doc_view* doc, std::uint32_t index = 0) : doc_(doc), index_(index) {}

    bool IsDefined() const { return doc_ != nullptr; }
    explicit operator bool() const { return IsDefined(); }
    bool IsNull() const { return doc_ && node().type == rule_node_type::null; }
    bool IsScalar() const { return doc_ && node().type == rule_node_type::scalar; }
    bool IsSequence() const { return doc_ && node().type == rule_node_type::sequence; }
    bool IsMap() const { return doc_ && node().type == rule_node_type::map; }
    std::string Scalar() const { return std::string(scalar_view()); }
    std::string_view scalar_view() const {
        return doc_ ? std::string_view(doc_->text + node().text_at, node().text_size) : std::string_view();
    }
    YAML::Mark Mark() const;
    // items of a sequence, pairs of a mapping; 0 for anything else
    std::size_t size() const;
    // the value under `key` in a mapping; undefined if there is none, or this is no mapping
    rule_node operator[](std::string_view key) const;
    // std::string, int or bool, converted as yaml-cpp's as<T>() converts (a
    // null is "null"); YAML::TypedBadConversion<T> at this node's mark otherwise
    template <typename T>
    T as() const;

    class iterator;
    iterator begin() const;
    iterator end() const;

private:
    const rule_doc_node& node() const { return doc_->nodes[index_]; }
    rule_node kid(std::size_t k) const { return rule_node(doc_, doc_->kids[node().kids_at + k]); }

    const rule_doc_view* doc_ = nullptr;
    std::uint32_t index_ = 0;
};

struct rule_item : rule_node {
    rule_node first, second;
};

class rule_node::iterator {
public:
    iterator(const rule_node& n, std::size_t k) : n_(n), k_(k) {}
    rule_item operator*() const {
        rule_item item;
        if (n_.IsMap()) item.first = n_.kid(2 * k_), item.second = n_.kid(2 * k_ + 1);
        else static_cast<rule_node&>(item) = n_.kid(k_);
        return item;
    }
    iterator& operator++() {
        ++k_;
        return *this;
    }
    bool operator==(const iterator& o) const { return k_ == o.k_; }

private:
    rule_node n_;
    std::size_t k_;
};

inline rule_node::iterator rule_node::begin() const { return {*this, 0}; }
inline rule_node::iterator rule_node::end() const { return {*this, size()}; }

template <>
std::string rule_node::as<std::string>() const;
template <>
int rule_node::as<int>() const;
template <>
bool rule_node::as<bool>() const;

} // namespace quotegraph
