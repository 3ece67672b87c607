// source graph <-> JSON: the form `graph --format json` writes and graph
// fragments are merged from. Vertices by key, edges by (from, to, kind), both
// sorted, so equal graphs give equal bytes.
#pragma once
#include "source_graph.hpp"

#include <string>

namespace quotegraph {

std::string to_graph_json(const source_graph& g, bool pretty);

// A graph `to_graph_json` wrote, or why the text is not one (returned, not thrown).
struct graph_read {
    std::optional<source_graph> graph;
    std::string error;
    bool ok() const { return graph.has_value(); }
};
graph_read graph_from_json(std::string_view text);

} // namespace quotegraph
