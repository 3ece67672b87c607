#include "dateline_def.hpp"

namespace quotegraph::grammar {
BOOST_SPIRIT_INSTANTIATE(dateline_type, iterator_type, context_type)
dateline_type const& dateline() { return dateline_rule; }
} // namespace quotegraph::grammar
