#include "frames_def.hpp"

namespace quotegraph::grammar {

BOOST_SPIRIT_INSTANTIATE(quote_source_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quote_cue_source_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quote_dash_source_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quote_according_to_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(source_cue_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cue_source_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cue_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(source_colon_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(according_to_quote_type, iterator_type, context_type)

quote_source_cue_type const& quote_source_cue() { return quote_source_cue_rule; }
quote_cue_source_type const& quote_cue_source() { return quote_cue_source_rule; }
quote_dash_source_type const& quote_dash_source() { return quote_dash_source_rule; }
quote_according_to_type const& quote_according_to() { return quote_according_to_rule; }
source_cue_quote_type const& source_cue_quote() { return source_cue_quote_rule; }
cue_source_quote_type const& cue_source_quote() { return cue_source_quote_rule; }
cue_quote_type const& cue_quote() { return cue_quote_rule; }
source_colon_quote_type const& source_colon_quote() { return source_colon_quote_rule; }
according_to_quote_type const& according_to_quote() { return according_to_quote_rule; }

} // namespace quotegraph::grammar
