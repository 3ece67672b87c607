#pragma once
#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(quotegraph::grammar::ast::source_cue, source, cue)
BOOST_FUSION_ADAPT_STRUCT(quotegraph::grammar::ast::cue_source, cue, source)
