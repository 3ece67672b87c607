#include "export_dot.hpp"

#include "document.hpp"

#include <fmt/format.h>

namespace quotegraph {

std::string dot_quoted(std::string_view raw) {
    std::string storage;
    const std::string_view s = utf8_view(raw, storage);
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        default:
            // other control characters have no place in a label
            out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out + "\"";
}

namespace {

struct look {
    std::string_view shape, style;
};

look entity_look(std::string_view type) {
    if (type == "person") return {"ellipse", "filled"};
    if (type == "organization") return {"box", "filled"};
    if (type == "media") return {"note", "filled"};
    if (type == "government") return {"house", "filled"};
    if (type == "group") return {"tripleoctagon", "filled"};
    return {"ellipse", "filled,dashed"}; // unnamed
}

std::string_view verdict_colour(std::string_view verdict) {
    if (verdict == "on_record") return "#c8e6c9";
    if (verdict == "unverifiable") return "#ffcdd2";
    return "#ffe0b2"; // needs_check
}

std::string_view edge_style(edge_kind k) {
    switch (k) {
    case edge_kind::asserts: return "solid";
    case edge_kind::reports: return "dashed";
    case edge_kind::cites: return "dotted";
    case edge_kind::told: return "bold";
    }
    return "solid";
}


std::string legend() {
    std::string out = "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=11; color=\"#999999\";\n";
    for (std::string_view t : {"person", "organization", "media", "government", "group", "unnamed"}) {
        auto l = entity_look(t);
        out += fmt::format("    legend_{0} [label=\"{0}\", shape={1}, style=\"{2}\", fillcolor=\"#e3f2fd\"];\n", t, l.shape,
                           l.style);
    }
    out += "    legend_publisher [label=\"publisher\", shape=doubleoctagon, style=filled, fillcolor=\"#d1c4e9\"];\n";
    for (std::string_view v : {"on_record", "needs_check", "unverifiable"})
        out += fmt::format("    legend_{0} [label=\"claim: {0}\", shape=box, style=\"rounded,filled\", fillcolor=\"{1}\"];\n", v,
                           verdict_colour(v));
    out += "    legend_a [label=\"\", shape=point]; legend_b [label=\"\", shape=point];\n"
           "    legend_c [label=\"\", shape=point]; legend_d [label=\"\", shape=point];\n";
    for (auto [from, to, k] : {std::tuple{"legend_a", "legend_b", edge_kind::asserts},
                               std::tuple{"legend_b", "legend_c", edge_kind::reports},
                               std::tuple{"legend_c", "legend_d", edge_kind::cites}})
        out += fmt::format("    {} -> {} [label=\"{}\", style={}];\n", from, to, to_string(k), edge_style(k));
    out += fmt::format("    legend_d -> legend_a [label=\"told\", style={}];\n", edge_style(edge_kind::told));
    return out + "  }\n";
}

} // namespace

std::string to_dot(const source_graph& sg, std::string_view title) {
    const auto& g = sg.graph();
    std::string out = "digraph quotegraph {\n";
    out += "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=" + dot_quoted(title) + "];\n";
    out += "  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n";
    out += legend();
    const auto order = sg.sorted_vertices();
    std::vector<std::size_t> name(boost::num_vertices(g));
    for (std::size_t i = 0; i < order.size(); ++i) name[order[i]] = i;
    for (auto v : order) {
        const graph_vertex& x = g[v];
        std::string attrs;
        if (x.kind == vertex_kind::claim) {
            std::string label = x.document.str() + " " + x.attribution + " (" + x.type + ")\n" + shorten(x.name, 70);
            std::string flags;
            for (const auto& f : x.flags) (flags += flags.empty() ? "" : ", ") += f.id;
            if (!flags.empty()) label += "\n[" + flags + "]";
            std::string tooltip;
            for (const auto& f : x.flags) ((tooltip += f.id) += ": ") += f.reason.str() + "\n";
            attrs = fmt::format("label={}, shape=box, style=\"rounded,filled\", fillcolor=\"{}\", tooltip={}", dot_quoted(label),
                                verdict_colour(x.verdict), dot_quoted(tooltip.empty() ? x.verdict : x.verdict + "\n" + tooltip));
        } else if (x.kind == vertex_kind::publisher) {
            attrs = fmt::format("label={}, shape=doubleoctagon, style=filled, fillcolor=\"#d1c4e9\"",
                                dot_quoted(x.name + "\n(publisher)"));
        } else {
            auto l = entity_look(x.type);
            attrs = fmt::format("label={}, shape={}, style=\"{}\", fillcolor=\"#e3f2fd\"", dot_quoted(x.name + "\n" + x.type),
                                l.shape, l.style);
        }
        out += fmt::format("  n{} [{}];\n", name[v], attrs);
    }
    // edges in a stable order: by source, then target, then kind
    std::vector<std::tuple<std::size_t, std::size_t, edge_kind>> edges;
    for (auto e : boost::make_iterator_range(boost::edges(g)))
        edges.emplace_back(name[boost::source(e, g)], name[boost::target(e, g)], g[e].kind);
    std::sort(edges.begin(), edges.end());
    for (auto [from, to, k] : edges)
        out += fmt::format("  n{} -> n{} [label=\"{}\", style={}];\n", from, to, to_string(k), edge_style(k));
    return out + "}\n";
}

} // namespace quotegraph
