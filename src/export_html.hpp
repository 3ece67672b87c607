// analyses -> one self-contained HTML page: each article with its
// attributions highlighted in the speaker's colour, flags as badges whose
// reasons show on hover or focus, its speakers with their claims, and the
// source graph as inline SVG when Graphviz is at hand.
#pragma once
#include "source_graph.hpp"
#include "types.hpp"

#include <string>
#include <vector>

namespace quotegraph {

struct html_document {
    const analysis* a;
    std::string svg; // the document's graph (`dot -Tsvg`), or empty
};

std::string to_html(const std::vector<html_document>& docs);

// Text made safe for HTML content and attribute values.
std::string html_escaped(std::string_view s);

// `dot -Tsvg` on `dot_source`: the <svg> element, or empty when Graphviz is
// not installed or fails.
std::string render_svg(const std::string& dot_source);

// Graphviz lays out no graph larger than this inline: its layout time grows
// faster than the graph, and a page cannot show thousands of vertices anyway.
inline constexpr std::size_t max_inline_graph_vertices = 300;

// The document's graph for its page: the SVG, or a note saying where to get
// a graph too large to draw here.
std::string graph_for_page(const source_graph& g, std::string_view title);

} // namespace quotegraph
