// source graph -> Graphviz DOT (SPEC.md "Source graph"): entity types by
// shape, claims coloured by verdict, edges styled by kind, and a legend.
#pragma once
#include "source_graph.hpp"

#include <string>

namespace quotegraph {

std::string to_dot(const source_graph& g, std::string_view title = "quotegraph");

// A DOT double-quoted string: quotes, backslashes and line breaks escaped,
// and & < > as character references, so no input text becomes markup.
std::string dot_quoted(std::string_view s);

} // namespace quotegraph
