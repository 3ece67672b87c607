// analyses -> one self-contained HTML page: each article with its
// attributions highlighted in the speaker's colour, flags as badges whose
// reasons show on hover or focus, its speakers with their claims, and the
// source graph as inline SVG when Graphviz is at hand.
#pragma once
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

} // namespace quotegraph
