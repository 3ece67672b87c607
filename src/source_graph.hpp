// The source graph (SPEC.md "Source graph"): who asserts each claim, who
// relays whom, and the publisher at the end of every chain, on Boost.Graph.
// Built per document; graphs of several documents merge by canonical name.
#pragma once
#include "rules.hpp"
#include "types.hpp"

#include <boost/container/small_vector.hpp>
#include <boost/container_hash/hash.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <map>
#include <optional>

namespace quotegraph {

enum class vertex_kind { entity, claim, publisher };
enum class edge_kind { asserts, reports, cites, told };
std::string_view to_string(vertex_kind k);
std::string_view to_string(edge_kind k);
// The kind a name stands for ("claim", "cites"), if any.
std::optional<vertex_kind> vertex_kind_named(std::string_view name);
std::optional<edge_kind> edge_kind_named(std::string_view name);

// The key of the claim of a document's attribution `i` (0-based): "c:<id>/a<i+1>".
inline std::string claim_key(std::string_view document, std::size_t i) {
    std::string key;
    key.reserve(document.size() + 24); // (one allocation: "c:", '/', "a" and the number)
    key += "c:";
    key += document;
    key += '/';
    key += numbered('a', i + 1);
    return key;
}

struct graph_vertex {
    vertex_kind kind = vertex_kind::entity;
    std::string key;      // unique in a graph: "e:<canonical name>", "c:<document>/<attribution>"
    std::string name;     // entity or publisher name; a claim's content
    std::string type;     // entity type; a claim's kind (direct, indirect, mixed)
    // claims only
    shared_text document; // (one for the claims of a document)
    std::string attribution, verdict;
    span where;           // the content's bytes in its document
    bool has_speaker = false;
    std::vector<flag> flags;
};

struct graph_edge {
    edge_kind kind = edge_kind::asserts;
};

// A vertex's in- and out-edge lists held in place up to two edges (a claim has
// a speaker and a publisher; most entities link to a claim or two), so that
// most vertices allocate no edge list. Boost.Graph takes a container of its
// own through container_gen, and its container_category, found by ADL in the
// container's namespace, tells it how to push.
struct small_edge_listS {};
} // namespace quotegraph

namespace boost {
template <class ValueType>
struct container_gen<quotegraph::small_edge_listS, ValueType> {
    using type = boost::container::small_vector<ValueType, 2>;
};
template <>
struct parallel_edge_traits<quotegraph::small_edge_listS> {
    using type = allow_parallel_edge_tag;
};
namespace container {
template <class T, std::size_t N, class A, class O>
graph_detail::vector_tag container_category(const small_vector<T, N, A, O>&) {
    return {};
}
template <class T, std::size_t N, class A, class O>
graph_detail::unstable_tag iterator_stability(const small_vector<T, N, A, O>&) {
    return {};
}
} // namespace container
} // namespace boost

namespace quotegraph {

class source_graph {
public:
    // (edges in a vector, not the default list: no allocation per edge, and
    // nothing removes one)
    using graph_type = boost::adjacency_list<small_edge_listS, boost::vecS, boost::bidirectionalS, graph_vertex, graph_edge,
                                             boost::no_property, boost::vecS>;
    using vertex = graph_type::vertex_descriptor;

    // The vertex with v.key, added if new; an entity met again keeps the
    // smaller of the two types, so merging does not depend on order.
    vertex add(graph_vertex v);
    void connect(vertex from, vertex to, edge_kind kind); // once per (from, to, kind)
    // Room for about this many vertices and edges, so that adding them moves none.
    void reserve(std::size_t vertices, std::size_t edges);
    std::optional<vertex> find(const std::string& key) const;
    const graph_type& graph() const { return g_; }
    graph_vertex& operator[](vertex v) { return g_[v]; }
    const graph_vertex& operator[](vertex v) const { return g_[v]; }

    // Adds every vertex and edge of `other` (union by key: associative and commutative).
    void merge(const source_graph& other);

    // The sources a claim goes back to: those linked to it that do not relay
    // (cite) another source linked to it.
    // (a claim has a source or two: held in place)
    using vertex_list = boost::container::small_vector<vertex, 4>;
    vertex_list roots(vertex claim) const;

    // Vertex keys in sorted order: a stable order for every output.
    std::vector<vertex> sorted_vertices() const;

private:
    struct edge_key {
        vertex from, to;
        edge_kind kind;
        bool operator==(const edge_key&) const = default;
        friend std::size_t hash_value(const edge_key& e) {
            std::size_t h = 0;
            boost::hash_combine(h, e.from);
            boost::hash_combine(h, e.to);
            boost::hash_combine(h, int(e.kind));
            return h;
        }
    };
    graph_type g_;
    // (open addressing: no node allocated per vertex or edge; the key order
    // the output needs is sorted_vertices')
    // Each vertex by its key's hash, the key checked against the vertex's own:
    // a copy of each key was an allocation a vertex (claim keys hold the
    // document's id). A key whose hash an earlier key has goes to collided_.
    boost::unordered_flat_map<std::uint64_t, vertex> by_hash_;
    std::map<std::string, vertex, std::less<>> collided_;
    std::optional<vertex> vertex_of(std::string_view key, std::uint64_t hash) const;
    boost::unordered_flat_set<edge_key, boost::hash<edge_key>> edges_;
};

// (analyze() builds and corroborates it already: analysis::graph)
// With `claim_vertices`, the vertex of each claim, in the analysis's order.
source_graph build_source_graph(const analysis& a, const rule_set& rules,
                                std::vector<source_graph::vertex>* claim_vertices = nullptr);

// Raises the `uncorroborated` flag rules (single_source) on every claim that no
// claim with matching content from independent roots supports, takes them
// back where one does (after a merge), and sets the verdicts again.
void corroborate(source_graph& g, const rule_set& rules);

} // namespace quotegraph
