// Datelines that open wire copy: "Berlin (dpa) -", "WASHINGTON (AP) —",
// "LONDON, Jan 6 (Reuters) -". The attribute is the outlet in brackets.
#pragma once
#include "ast.hpp"
#include "config.hpp"

namespace quotegraph::grammar {

using dateline_type = x3::rule<class dateline_class, ast::range>;
BOOST_SPIRIT_DECLARE(dateline_type)
dateline_type const& dateline();

} // namespace quotegraph::grammar
