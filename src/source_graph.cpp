#include "source_graph.hpp"
#include "claims.hpp"
#include "document.hpp"
#include "resolve.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <unordered_set>
#include <utility>

#include <boost/unordered/unordered_flat_map.hpp>

namespace quotegraph {

std::string_view to_string(vertex_kind k) {
    switch (k) {
    case vertex_kind::entity: return "entity";
    case vertex_kind::claim: return "claim";
    case vertex_kind::publisher: return "publisher";
    }
    return "entity";
}

std::string_view to_string(edge_kind k) {
    switch (k) {
    case edge_kind::asserts: return "asserts";
    case edge_kind::reports: return "reports";
    case edge_kind::cites: return "cites";
    case edge_kind::told: return "told";
    }
    return "asserts";
}

std::optional<vertex_kind> vertex_kind_named(std::string_view name) {
    for (auto k : {vertex_kind::entity, vertex_kind::claim, vertex_kind::publisher})
        if (to_string(k) == name) return k;
    return std::nullopt;
}

std::optional<edge_kind> edge_kind_named(std::string_view name) {
    for (auto k : {edge_kind::asserts, edge_kind::reports, edge_kind::cites, edge_kind::told})
        if (to_string(k) == name) return k;
    return std::nullopt;
}

std::optional<source_graph::vertex> source_graph::vertex_of(std::string_view key, std::uint64_t hash) const {
    if (auto it = by_hash_.find(hash); it != by_hash_.end() && g_[it->second].key == key) return it->second;
    if (collided_.empty()) return std::nullopt;
    if (auto it = collided_.find(key); it != collided_.end()) return it->second;
    return std::nullopt;
}

source_graph::vertex source_graph::add(graph_vertex v) {
    const std::uint64_t hash = hash_string(v.key);
    if (const auto known = vertex_of(v.key, hash)) {
        graph_vertex& have = g_[*known];
        if (have.kind == vertex_kind::claim) {
            // one id twice in a corpus: keep one of the two, the same whatever the order
            if (v.kind == vertex_kind::claim && v.name < have.name) have = std::move(v);
        } else {
            // a publisher that is also quoted stays one vertex, a publisher
            if (v.kind == vertex_kind::publisher) have.kind = vertex_kind::publisher;
            if (!v.type.empty() && (have.type.empty() || v.type < have.type)) have.type = v.type;
            if (v.name < have.name) have.name = v.name;
        }
        return *known;
    }
    // (add_vertex(property, g) copies the property: moved in after)
    const vertex id = boost::add_vertex(g_);
    g_[id] = std::move(v);
    if (!by_hash_.emplace(hash, id).second) collided_.emplace(g_[id].key, id);
    return id;
}

void source_graph::reserve(std::size_t vertices, std::size_t edges) {
    // (adjacency_list has no reserve: its vertex and edge vectors are public members)
    g_.m_vertices.reserve(vertices);
    g_.m_edges.reserve(edges);
    by_hash_.reserve(vertices);
    edges_.reserve(edges);
}

void source_graph::connect(vertex from, vertex to, edge_kind kind) {
    if (from == to || !edges_.insert({from, to, kind}).second) return;
    boost::add_edge(from, to, graph_edge{kind}, g_);
}

std::optional<source_graph::vertex> source_graph::find(const std::string& key) const {
    if (auto v = vertex_of(key, hash_string(key))) return *v;
    return std::nullopt;
}

void source_graph::merge(const source_graph& other) {
    std::vector<vertex> map(boost::num_vertices(other.g_));
    for (auto v : boost::make_iterator_range(boost::vertices(other.g_))) map[v] = add(other.g_[v]);
    for (auto e : boost::make_iterator_range(boost::edges(other.g_)))
        connect(map[boost::source(e, other.g_)], map[boost::target(e, other.g_)], other.g_[e].kind);
}

source_graph::vertex_list source_graph::roots(vertex claim) const {
    vertex_list linked;
    for (auto e : boost::make_iterator_range(boost::in_edges(claim, g_))) linked.push_back(boost::source(e, g_));
    std::sort(linked.begin(), linked.end());
    linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
    vertex_list out;
    // (asked of the few sources of this claim, not of every edge of a source
    // that asserts thousands of claims)
    for (vertex v : linked) {
        const bool relays = std::any_of(linked.begin(), linked.end(), [&](vertex w) {
            return w != v && edges_.contains({v, w, edge_kind::cites});
        });
        if (!relays) out.push_back(v);
    }
    std::sort(out.begin(), out.end(), [&](vertex x, vertex y) { return g_[x].key < g_[y].key; });
    return out;
}

std::vector<source_graph::vertex> source_graph::sorted_vertices() const {
    std::vector<vertex> out;
    out.reserve(by_hash_.size() + collided_.size());
    for (const auto& [hash, v] : by_hash_) out.push_back(v);
    for (const auto& [key, v] : collided_) out.push_back(v);
    std::sort(out.begin(), out.end(), [&](vertex x, vertex y) { return g_[x].key < g_[y].key; });
    return out;
}

namespace {

std::string entity_key(std::string_view name) { return "e:" + lower(name); }

graph_vertex make_vertex(vertex_kind kind, std::string key, std::string name, std::string type) {
    graph_vertex v;
    v.kind = kind;
    v.key = std::move(key);
    v.name = std::move(name);
    v.type = std::move(type);
    return v;
}

struct graph_builder {
    const analysis& a;
    const rule_set& rules;
    source_graph& g;
    std::vector<source_graph::vertex>* claim_vertices;

    source_graph::vertex entity_vertex(const std::string& name, std::string_view type) {
        return g.add(make_vertex(vertex_kind::entity, entity_key(name), name, std::string(type)));
    }

    // A relay's mention as an entity: a known outlet by its canonical name,
    // an entity of the document it names ("Lee" for "Ann Lee"), or itself.
    source_graph::vertex mention_vertex(const mention& m) {
        const std::string head(a.doc.slice(m.head));
        const std::string full(a.doc.slice(m.full));
        for (const std::string& n : {head, full, strip_article(full)})
            if (auto k = rules.sources.find(n); k != rules.sources.end()) return entity_vertex(k->second.name, k->second.type);
        for (const auto& e : a.entities)
            if (e.name == head || (e.type == "person" && e.name.ends_with(" " + head))) return entity_vertex(e.name, e.type);
        const bool named = m.kind == mention_kind::name || m.kind == mention_kind::organization;
        return entity_vertex(named ? head : full, m.type.empty() ? std::string_view("unnamed") : m.type);
    }

    edge_kind link_kind(source_graph::vertex v) { return g[v].type == "media" ? edge_kind::reports : edge_kind::asserts; }

    void build() {
        // (a publisher, the claims, their speakers, and whom each cites or tells;
        // about three edges a claim, eight at most)
        g.reserve(1 + a.attributions.size() + a.entities.size() + 2 * a.relays.size(), 4 * a.attributions.size());
        // each speaker's vertex, once found (adding it again would change nothing)
        std::vector<std::optional<source_graph::vertex>> speakers(a.entities.size());
        std::optional<source_graph::vertex> publisher;
        if (!a.doc.publisher.empty()) {
            const std::string name = canonical_source(a.doc.publisher, rules);
            auto k = rules.sources.find(name);
            publisher = g.add(make_vertex(vertex_kind::publisher, entity_key(name), name,
                                          std::string(k != rules.sources.end() ? k->second.type : "media")));
        }
        const shared_text document(a.doc.id);
        for (std::size_t i = 0; i < a.attributions.size(); ++i) {
            const auto& at = a.attributions[i];
            const auto& cl = a.claims[i];
            graph_vertex cv = make_vertex(vertex_kind::claim, claim_key(a.doc.id, i), std::string(a.doc.slice(at.hull())),
                                          std::string(at.kind));
            cv.document = document;
            cv.where = at.hull();
            cv.attribution = numbered('a', i + 1);
            cv.verdict = cl.verdict;
            cv.has_speaker = cl.who.has_value();
            // (room for the flag `corroborate` adds to most claims: one block, not two)
            cv.flags.reserve(cl.flags.size() + 1);
            cv.flags = cl.flags;
            const auto c = g.add(std::move(cv));
            if (claim_vertices) claim_vertices->push_back(c);
            std::optional<source_graph::vertex> speaker, origin, addressee;
            if (cl.who) {
                auto& known = speakers[cl.who->entity];
                const auto& e = a.entities[cl.who->entity];
                if (!known) known = entity_vertex(e.name, e.type);
                speaker = known;
            }
            const relay* r = i < a.relays.size() ? &a.relays[i] : nullptr;
            if (r && r->origin) origin = mention_vertex(*r->origin);
            if (r && r->addressee) addressee = mention_vertex(*r->addressee);
            if (origin == speaker) origin.reset();
            if (speaker) {
                if (origin) {
                    g.connect(*speaker, c, edge_kind::reports);
                    g.connect(*speaker, *origin, edge_kind::cites);
                } else {
                    g.connect(*speaker, c, link_kind(*speaker));
                }
                if (addressee) g.connect(*speaker, *addressee, edge_kind::told);
            }
            if (origin) g.connect(*origin, c, link_kind(*origin));
            if (!publisher) continue;
            g.connect(*publisher, c, edge_kind::reports);
            const auto first = speaker ? speaker : origin;
            // "told Reuters" in another outlet's article: the claim came by way of Reuters
            if (addressee && addressee != publisher && g[*addressee].type == "media" && first) {
                g.connect(*publisher, *addressee, edge_kind::cites);
                g.connect(*addressee, *first, edge_kind::cites);
                g.connect(*addressee, c, edge_kind::reports);
            } else if (first && first != publisher) {
                g.connect(*publisher, *first, edge_kind::cites);
            }
        }
    }
};

// The words that carry a claim's content, as hashes of their lower-case
// letters: numbers kept whole ("3,700"), short and function words left out.
// A word is read eight bytes at a time: its end found, its letters lowered
// and its bytes hashed a word of eight at once, with no test at each byte.
namespace words8 {
constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
inline std::uint64_t load(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
// (each byte's top bit: set where x, below 0x80, is at least c)
inline std::uint64_t at_least(std::uint64_t x, unsigned char c) { return (x + (0x80 - c) * ones) & highs; }
// top bit of each byte that is part of a word: an ASCII letter or digit, or any byte from 0x80
inline std::uint64_t word_bytes(std::uint64_t v) {
    const std::uint64_t x = v & ~highs, y = x | 0x20 * ones;
    const std::uint64_t digit = at_least(x, '0') & ~at_least(x, '9' + 1);
    const std::uint64_t alpha = at_least(y, 'a') & ~at_least(y, 'z' + 1);
    return (v & highs) | digit | alpha;
}
// A..Z made a..z, other bytes kept
inline std::uint64_t lowered(std::uint64_t v) {
    const std::uint64_t x = v & ~highs;
    return v | ((at_least(x, 'A') & ~at_least(x, 'Z' + 1) & ~v) >> 2);
}
inline std::uint64_t mix(std::uint64_t h, std::uint64_t piece) {
    h = (h ^ piece) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}
// the bytes of p before the first that is no part of a word, with their count
// (eight: all are); p's eight bytes must be readable
struct piece {
    std::uint64_t bytes;
    unsigned size;
};
inline piece read(const char* p) {
    const std::uint64_t v = load(p), stop = ~word_bytes(v) & highs;
    if (!stop) return {lowered(v), 8};
    const unsigned n = unsigned(std::countr_zero(stop)) / 8;
    return {lowered(v) & ((std::uint64_t(1) << (8 * n)) - 1), n};
}
constexpr std::size_t padding = 16; // (zero bytes after the text: no part of a word)

// The hash of the word at p[i] (its pieces of up to eight bytes mixed in,
// then its length), its length and whether it is a number; i moves past it.
// n: the text's length, with `padding` zero bytes after it.
struct word_hash {
    std::uint64_t hash;
    std::size_t size;
    bool number;
};
inline word_hash hash_word(const char* p, std::size_t& i, std::size_t n) {
    const std::size_t start = i;
    const bool digit = ascii_digit(p[i]);
    std::uint64_t h = 0x6A09E667F3BCC908ull;
    for (;;) {
        const piece w = read(p + i);
        h = mix(h, w.bytes);
        i += w.size;
        if (w.size == 8) continue;
        // "3,700", "2.5": a number goes on past a comma or a point before a digit
        if (digit && (p[i] == ',' || p[i] == '.') && i + 1 < n && ascii_digit(p[i + 1])) {
            h = mix(h, std::uint64_t(static_cast<unsigned char>(p[i])) << 56 | 1);
            ++i;
            continue;
        }
        return {mix(h, i - start), i - start, digit};
    }
}
} // namespace words8

// Calls each(hash) for every content word of `text`, in order, repeats included.
template <typename Each>
void content_words(std::string_view text, Each&& each) {
    using namespace words8;
    // (the text copied with zeros after it, so that eight bytes can be read anywhere in it)
    thread_local std::string padded;
    padded.assign(text);
    padded.append(padding, '\0');
    const char* const p = padded.data();
    const std::size_t n = text.size();
    static const boost::unordered_flat_set<std::uint64_t> skip = [] {
        boost::unordered_flat_set<std::uint64_t> s;
        for (std::string_view w :
             {"the", "and", "that", "this", "with", "for", "from", "was", "were", "had", "has", "have", "been", "are",
              "will", "would", "could", "should", "not", "but", "their", "they", "them", "its", "his", "her", "our",
              "who", "which", "what", "when", "there", "than", "then", "into", "about", "after", "before", "over",
              "also", "all", "any", "some", "more", "most", "said", "says", "say", "can", "may", "did", "does", "being",
              "she", "him", "you", "your", "one", "out", "just", "very", "such", "only", "those", "these", "other"}) {
            std::string word(w);
            word.append(padding, '\0');
            std::size_t i = 0;
            s.insert(hash_word(word.data(), i, w.size()).hash);
        }
        return s;
    }();
    for (std::size_t i = 0; i < n;) {
        // past the bytes between words, eight at a time
        const std::uint64_t starts = word_bytes(load(p + i));
        if (!starts) {
            i += 8;
            continue;
        }
        i += unsigned(std::countr_zero(starts)) / 8;
        if (i >= n) break;
        const auto [h, size, number] = hash_word(p, i, n);
        if ((number || size >= 3) && !skip.count(h)) each(h);
    }
}

} // namespace

source_graph build_source_graph(const analysis& a, const rule_set& rules,
                                std::vector<source_graph::vertex>* claim_vertices) {
    // (returned by name, so built where the caller keeps it: boost::adjacency_list
    // has no move constructor, and `return std::move(...)` copied the whole graph)
    source_graph g;
    if (claim_vertices) claim_vertices->clear();
    graph_builder{a, rules, g, claim_vertices}.build();
    return g;
}

void corroborate(source_graph& g, const rule_set& rules) {
    std::vector<const flag_rule*> uncorroborated;
    for (const auto& f : rules.flag_rules)
        if (f.uncorroborated) uncorroborated.push_back(&f);
    using vertex = source_graph::vertex;
    // (kept per thread from graph to graph: a batch corroborates one small graph
    // a document, and these arrays, made anew each time, were a tenth of its
    // allocations; a large graph's are let go after it)
    struct scratch {
        std::vector<vertex> claims;
        boost::unordered_flat_map<std::uint64_t, std::uint32_t> id_of;
        std::vector<std::uint32_t> words;     // ids
        std::vector<std::size_t> last_claim;  // by id: the last claim that had the word, + 1
        std::vector<std::size_t> first;       // by id: how many claims have it, then where they start
        std::vector<std::size_t> start;
        std::vector<source_graph::vertex_list> roots;
        std::vector<std::size_t> holders, fill, touched;
        std::vector<int> shared;
    };
    thread_local scratch kept;
    // (one text for every claim's flag; per thread, so that threads do not
    // share the count of its copies)
    thread_local const shared_text alone("no other independent source in the graph says this");
    // (references, not a structured binding: the lambda below uses some, and
    // clang before 16 does not let a lambda capture a binding)
    auto& claims = kept.claims;
    auto& id_of = kept.id_of;
    auto& words = kept.words;
    auto& last_claim = kept.last_claim;
    auto& first = kept.first;
    auto& start = kept.start;
    auto& roots = kept.roots;
    auto& holders = kept.holders;
    auto& fill = kept.fill;
    auto& touched = kept.touched;
    auto& shared = kept.shared;
    claims.clear();
    // (in vertex order: whether a claim is corroborated does not depend on the order)
    for (vertex v : boost::make_iterator_range(boost::vertices(g.graph())))
        if (g[v].kind == vertex_kind::claim) claims.push_back(v);
    // each claim's content words, once each, as ids (claim i's from start[i] to
    // start[i + 1]), and each word's claims in order (word w's in holders from
    // first[w] to first[w + 1]): a table by word, not a sort of every (word,
    // claim) pair, whose comparisons of hashes the branch predictor cannot guess
    id_of.clear();
    words.clear();
    last_claim.clear();
    first.clear();
    start.assign(1, 0);
    roots.resize(claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
        content_words(g[claims[i]].name, [&](std::uint64_t h) {
            const auto [it, added] = id_of.try_emplace(h, std::uint32_t(last_claim.size()));
            if (added) {
                last_claim.push_back(0);
                first.push_back(0);
            }
            const std::uint32_t w = it->second;
            if (last_claim[w] == i + 1) return; // (a repeat within the claim)
            last_claim[w] = i + 1;
            ++first[w];
            words.push_back(w);
        });
        start.push_back(words.size());
        roots[i] = g.roots(claims[i]);
    }
    std::size_t at = 0;
    for (std::size_t& f : first) at += std::exchange(f, at);
    first.push_back(at);
    holders.resize(words.size());
    {
        fill.assign(first.begin(), first.end() - 1);
        for (std::size_t i = 0; i < claims.size(); ++i)
            for (std::size_t k = start[i]; k < start[i + 1]; ++k) holders[fill[words[k]]++] = i;
    }
    // a word most claims share says nothing about a match (and would make this quadratic)
    constexpr std::size_t common = 2000;
    shared.assign(claims.size(), 0);
    touched.clear();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        for (std::size_t k = start[i]; k < start[i + 1]; ++k) {
            const std::size_t from = first[words[k]], to = first[words[k] + 1];
            if (to - from > common) continue;
            for (std::size_t h = from; h < to; ++h)
                if (const std::size_t j = holders[h]; j != i && shared[j]++ == 0) touched.push_back(j);
        }
        bool corroborated = false;
        for (std::size_t j : touched) {
            const std::size_t most = std::max(start[i + 1] - start[i], start[j + 1] - start[j]);
            const auto& x = g[claims[i]];
            const auto& y = g[claims[j]];
            // one stretch of text read twice (a report inside another) is not a second source
            const bool same_text = x.where.start < y.where.end && y.where.start < x.where.end && x.document.same_as(y.document);
            if (!corroborated && !same_text && shared[j] >= 3 && 2 * std::size_t(shared[j]) >= most) {
                bool independent = !roots[i].empty() && !roots[j].empty();
                for (vertex r : roots[i])
                    independent = independent && std::find(roots[j].begin(), roots[j].end(), r) == roots[j].end();
                corroborated = independent;
            }
            shared[j] = 0;
        }
        touched.clear();
        auto& cv = g[claims[i]];
        for (const flag_rule* f : uncorroborated) {
            std::erase_if(cv.flags, [&](const flag& x) { return x.id == f->flag; });
            if (!corroborated) cv.flags.push_back({f->flag, alone});
        }
        cv.verdict = verdict_of(cv.flags, cv.has_speaker, cv.type, rules.verdicts);
    }
    constexpr std::size_t most_claims = 4096, most_words = 65536;
    if (claims.capacity() > most_claims || id_of.bucket_count() > most_words) kept = scratch();
}

} // namespace quotegraph
