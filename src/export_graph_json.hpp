// source graph <-> JSON: the form `graph --format json` writes and graph
// fragments are merged from. Vertices by key, edges by (from, to, kind), both
// sorted, so equal graphs give equal bytes.
#pragma once
#include "source_graph.hpp"

#include <string>

namespace quotegraph {

std::string to_graph_json(const source_graph& g, bool pretty);

} // namespace quotegraph
