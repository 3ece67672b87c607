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
            j["document"] = x.document.str();
            j["attribution"] = x.attribution;
            j["content"] = json{{"start", x.where.start}, {"end", x.where.end}};
            j["has_speaker"] = x.has_speaker;
            json flags = json::array();
            for (const auto& f : x.flags) flags.push_back(json{{"id", f.id}, {"reason", f.reason.str()}});
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

graph_read graph_from_json(std::string_view text) {
    using json = nlohmann::json;
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) return {std::nullopt, "not valid JSON"};
    if (!j.is_object() || !j.contains("vertices") || !j["vertices"].is_array() || !j.contains("edges") ||
        !j["edges"].is_array())
        return {std::nullopt, "not a quotegraph graph: an object with \"vertices\" and \"edges\" lists expected"};
    auto str = [](const json& o, const char* k) -> std::optional<std::string> {
        auto it = o.find(k);
        if (it == o.end() || !it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    source_graph g;
    std::size_t n = 0;
    for (const auto& v : j["vertices"]) {
        ++n;
        const std::string where = "vertex " + std::to_string(n);
        if (!v.is_object()) return {std::nullopt, where + ": not an object"};
        auto key = str(v, "key"), kind = str(v, "kind"), name = str(v, "name"), type = str(v, "type");
        if (!key || !kind || !name || !type) return {std::nullopt, where + ": \"key\", \"kind\", \"name\" and \"type\" must be strings"};
        graph_vertex x;
        if (auto k = vertex_kind_named(*kind)) x.kind = *k;
        else return {std::nullopt, where + ": unknown kind '" + *kind + "'"};
        x.key = *key;
        x.name = *name;
        x.type = *type;
        if (x.kind == vertex_kind::claim) {
            auto doc = str(v, "document"), att = str(v, "attribution"), verdict = str(v, "verdict");
            auto content = v.find("content");
            auto flags = v.find("flags");
            if (!doc || !att || !verdict || content == v.end() || !content->is_object() || flags == v.end() ||
                !flags->is_array() || !v.contains("has_speaker") || !v["has_speaker"].is_boolean())
                return {std::nullopt, where + ": a claim needs document, attribution, content, has_speaker, flags and verdict"};
            x.document = *doc;
            x.attribution = *att;
            x.verdict = *verdict;
            x.has_speaker = v["has_speaker"].get<bool>();
            const auto& c = *content;
            if (!c.contains("start") || !c["start"].is_number_unsigned() || !c.contains("end") || !c["end"].is_number_unsigned())
                return {std::nullopt, where + ": content needs whole-number start and end"};
            x.where = {c["start"].get<std::size_t>(), c["end"].get<std::size_t>()};
            for (const auto& f : *flags) {
                if (!f.is_object() || !str(f, "id") || !str(f, "reason")) return {std::nullopt, where + ": a flag needs an id and a reason"};
                // (a flag's id is the rules' vocabulary: interned, as the rules' own)
                x.flags.push_back({intern(*str(f, "id")), *str(f, "reason")});
            }
        }
        if (g.find(x.key)) return {std::nullopt, where + ": key '" + x.key + "' twice"};
        g.add(std::move(x));
    }
    n = 0;
    for (const auto& e : j["edges"]) {
        ++n;
        const std::string where = "edge " + std::to_string(n);
        if (!e.is_object()) return {std::nullopt, where + ": not an object"};
        auto from = str(e, "from"), to = str(e, "to"), kind = str(e, "kind");
        if (!from || !to || !kind) return {std::nullopt, where + ": \"from\", \"to\" and \"kind\" must be strings"};
        auto f = g.find(*from), t = g.find(*to);
        if (!f || !t) return {std::nullopt, where + ": no vertex '" + (f ? *to : *from) + "'"};
        auto k = edge_kind_named(*kind);
        if (!k) return {std::nullopt, where + ": unknown kind '" + *kind + "'"};
        g.connect(*f, *t, *k);
    }
    return {std::move(g), {}};
}

} // namespace quotegraph
