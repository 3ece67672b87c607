#include "export_graph_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace quotegraph {

std::string to_graph_json(const source_graph& sg, bool pretty) {
    using json = nlohmann::ordered_json;
    const auto& g = sg.graph();
    json vertices = json::array();
    for (auto v : sg.sorted_vertices()) {
        const graph_vertex& x = g[v];
        json j{{"key", x.key}, {"kind", std::string(to_string(x.kind))}, {"name", x.name}, {"type", x.type}};
        if (x.kind == vertex_kind::claim) {
            j["document"] = x.document;
            j["attribution"] = x.attribution;
            j["content"] = json{{"start", x.where.start}, {"end", x.where.end}};
            j["has_speaker"] = x.has_speaker;
            json flags = json::array();
            for (const auto& f : x.flags) flags.push_back(json{{"id", f.id}, {"reason", f.reason}});
            j["flags"] = std::move(flags);
            j["verdict"] = x.verdict;
            json roots = json::array();
            for (auto r : sg.roots(v)) roots.push_back(g[r].key);
            j["roots"] = std::move(roots);
        }
        vertices.push_back(std::move(j));
    }
    std::vector<std::tuple<std::string, std::string, std::string>> edges;
    for (auto e : boost::make_iterator_range(boost::edges(g)))
        edges.emplace_back(g[boost::source(e, g)].key, g[boost::target(e, g)].key, std::string(to_string(g[e].kind)));
    std::sort(edges.begin(), edges.end());
    json ej = json::array();
    for (auto& [from, to, kind] : edges) ej.push_back(json{{"from", from}, {"to", to}, {"kind", kind}});
    json out{{"vertices", std::move(vertices)}, {"edges", std::move(ej)}};
    return out.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace quotegraph
