#include "attribution.hpp"
#include "claims.hpp"
#include "document.hpp"
#include "quotegraph.hpp"
#include "quotes.hpp"
#include "relays.hpp"
#include "reported.hpp"
#include "resolve.hpp"
#include "source_graph.hpp"

#include <algorithm>
#include <mutex>
#include <set>

namespace quotegraph {

std::string_view to_string(resolution r) {
    switch (r) {
    case resolution::explicit_: return "explicit";
    case resolution::alias: return "alias";
    case resolution::pronoun: return "pronoun";
    case resolution::role: return "role";
    case resolution::continuation: return "continuation";
    case resolution::metonymy: return "metonymy";
    }
    return "explicit";
}

std::string_view intern(std::string_view text) {
    // (a tree's nodes never move, nor do the strings in them; asked when rules
    // load, when a graph file is read, and for a cue outside the lexicon: not
    // once a word)
    static std::mutex m;
    static std::set<std::string, std::less<>> texts;
    std::lock_guard lock(m);
    auto it = texts.find(text);
    if (it == texts.end()) it = texts.emplace(text).first;
    return *it;
}

std::optional<input_error> check_text(std::string_view t) {
    if (auto nul = t.find('\0'); nul != std::string_view::npos)
        return input_error{"binary data (NUL byte at offset " + std::to_string(nul) + ")"};
    return std::nullopt;
}

// Attributions in the order their content appears; `continues` follows the move.
static void renumber_in_text_order(std::vector<attribution>& atts) {
    std::vector<std::size_t> order(atts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return atts[x].hull().start < atts[y].hull().start;
    });
    std::vector<int> where(atts.size());
    for (std::size_t i = 0; i < order.size(); ++i) where[order[i]] = int(i);
    std::vector<attribution> sorted;
    sorted.reserve(atts.size());
    for (std::size_t i : order) {
        sorted.push_back(std::move(atts[i]));
        if (sorted.back().continues >= 0) sorted.back().continues = where[sorted.back().continues];
    }
    atts = std::move(sorted);
}

analysis analyze(std::string id, std::string text, const rule_set& rules, std::string publisher) {
    analysis a;
    a.doc = make_document(std::move(id), std::move(text), rules);
    if (a.doc.publisher.empty()) a.doc.publisher = std::move(publisher);
    a.quotations = find_quotations(a.doc, rules);
    a.attributions = attribute_quotations(a.doc, a.quotations, rules);
    auto reported = find_reported(a.doc, a.quotations, a.attributions, rules);
    a.attributions.insert(a.attributions.end(), std::make_move_iterator(reported.begin()),
                          std::make_move_iterator(reported.end()));
    // the clause grammars may stop inside a no-break space: contents hold whole characters
    for (auto& at : a.attributions)
        for (auto& c : at.content) c = whole_chars(a.doc.text, c);
    renumber_in_text_order(a.attributions);
    auto res = resolve(a.doc, a.attributions, rules);
    a.relays = find_relays(a.doc, a.attributions, rules);
    a.claims = make_claims(a.doc, a.attributions, res, a.relays, rules);
    a.entities = std::move(res.entities);
    // single_source needs the graph: who else says the same, independently
    // (built in place: make_shared would move it, and boost::adjacency_list
    // has no move constructor, so the graph would be copied)
    std::vector<source_graph::vertex> claim_vertices;
    std::shared_ptr<source_graph> g(new source_graph(build_source_graph(a, rules, &claim_vertices)));
    corroborate(*g, rules);
    for (std::size_t i = 0; i < a.claims.size(); ++i) {
        const graph_vertex& v = (*g)[claim_vertices[i]];
        a.claims[i].flags = v.flags;
        a.claims[i].verdict = v.verdict;
    }
    a.graph = std::move(g);
    a.doc.words.reset(); // it served the analysis; a batch holds hundreds of analyses until written
    return a;
}

} // namespace quotegraph
