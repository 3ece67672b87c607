#include "quotes_def.hpp"

namespace quotegraph::grammar {

BOOST_SPIRIT_INSTANTIATE(double_curly_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(double_straight_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(double_low_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(guillemets_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(single_curly_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(single_straight_type, iterator_type, context_type)

double_curly_type const& double_curly() { return double_curly_rule; }
double_straight_type const& double_straight() { return double_straight_rule; }
double_low_type const& double_low() { return double_low_rule; }
guillemets_type const& guillemets() { return guillemets_rule; }
single_curly_type const& single_curly() { return single_curly_rule; }
single_straight_type const& single_straight() { return single_straight_rule; }

} // namespace quotegraph::grammar
