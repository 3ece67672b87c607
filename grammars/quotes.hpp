// Quotation grammars, one rule per quoting style. Each rule parses from an
// opening mark to its closing mark; a quotation that runs over several
// paragraphs reopens at each paragraph and closes only in the last one.
// A rule fails at the end of a paragraph that neither closes nor is followed
// by a reopening paragraph, so an unbalanced mark never swallows the text.
#pragma once
#include "config.hpp"

namespace quotegraph::grammar {

using double_curly_type = x3::rule<class double_curly_class>;      // “ … ” (also closed by ")
using double_straight_type = x3::rule<class double_straight_class>; // " … " (also closed by ”)
using double_low_type = x3::rule<class double_low_class>;          // „ … “ or „ … ”
using guillemets_type = x3::rule<class guillemets_class>;          // « … »
using single_curly_type = x3::rule<class single_curly_class>;      // ‘ … ’
using single_straight_type = x3::rule<class single_straight_class>; // ' … '

BOOST_SPIRIT_DECLARE(double_curly_type, double_straight_type, double_low_type, guillemets_type,
                     single_curly_type, single_straight_type)

double_curly_type const& double_curly();
double_straight_type const& double_straight();
double_low_type const& double_low();
guillemets_type const& guillemets();
single_curly_type const& single_curly();
single_straight_type const& single_straight();

} // namespace quotegraph::grammar
