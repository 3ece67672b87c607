#include "clauses_def.hpp"

namespace quotegraph::grammar {

BOOST_SPIRIT_INSTANTIATE(clause_source_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(clause_loose_source_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(clause_cue_source_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(clause_according_to_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(according_to_clause_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(source_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(possessive_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(source_colon_clause_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inserted_source_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inserted_according_to_type, iterator_type, context_type)

clause_source_cue_type const& clause_source_cue() { return clause_source_cue_rule; }
clause_loose_source_cue_type const& clause_loose_source_cue() { return clause_loose_source_cue_rule; }
clause_cue_source_type const& clause_cue_source() { return clause_cue_source_rule; }
clause_according_to_type const& clause_according_to() { return clause_according_to_rule; }
according_to_clause_type const& according_to_clause() { return according_to_clause_rule; }
source_cue_type const& source_cue() { return source_cue_rule; }
possessive_cue_type const& possessive_cue() { return possessive_cue_rule; }
source_colon_clause_type const& source_colon_clause() { return source_colon_clause_rule; }
inserted_source_cue_type const& inserted_source_cue() { return inserted_source_cue_rule; }
inserted_according_to_type const& inserted_according_to() { return inserted_according_to_rule; }

} // namespace quotegraph::grammar
