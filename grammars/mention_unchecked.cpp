// titled_name without may_be_titled's test, for the test that the test
// rules out no titled name. Apart from mention.cpp: there its code changed
// what the compiler inlines in the rules the analysis runs (0.6% more
// instructions a document).
#include "mention_def.hpp"

namespace quotegraph::grammar {

BOOST_SPIRIT_INSTANTIATE(unchecked_titled_name_type, iterator_type, context_type)

unchecked_titled_name_type const& unchecked_titled_name() { return unchecked_titled_name_rule; }

} // namespace quotegraph::grammar
