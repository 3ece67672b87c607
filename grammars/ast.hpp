// What the frame grammars hand back: the byte ranges of a frame's parts.
#pragma once
#include <boost/range/iterator_range.hpp>

namespace quotegraph::grammar::ast {

using range = boost::iterator_range<const char*>;

// A source mention and its reporting verb, in text order or reversed.
struct source_cue {
    range source;
    range cue;
};
struct cue_source {
    range cue;
    range source;
};

} // namespace quotegraph::grammar::ast
