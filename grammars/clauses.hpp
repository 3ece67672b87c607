// Reported-speech frames: a source and a reporting verb around a clause
// that is not a quotation (indirect speech) or only partly one (mixed).
// Trailing frames are parsed from the comma before them to the sentence end;
// `source_cue` is tried at word starts and reports where the verb ends.
#pragma once
#include "ast.hpp"
#include "config.hpp"

namespace quotegraph::grammar {

// CLAUSE, officials said on Friday.
using clause_source_cue_type = x3::rule<class clause_source_cue_class, ast::source_cue>;
// CLAUSE, the two men said. (a subject no mention rule knows)
using clause_loose_source_cue_type = x3::rule<class clause_loose_source_cue_class, ast::source_cue>;
// CLAUSE, said a spokesman for the ministry.
using clause_cue_source_type = x3::rule<class clause_cue_source_class, ast::cue_source>;
// CLAUSE, according to state media.
using clause_according_to_type = x3::rule<class clause_according_to_class, ast::cue_source>;
// According to the report, CLAUSE
using according_to_clause_type = x3::rule<class according_to_clause_class, ast::cue_source>;
// A, the minister said, B.   /   A, according to the report, B.
using inserted_source_cue_type = x3::rule<class inserted_source_cue_class, ast::source_cue>;
using inserted_according_to_type = x3::rule<class inserted_according_to_class, ast::cue_source>;
// Headline or transcript: "Moreno: Lee needs to …", "ANN LEE: This is …"
using source_colon_clause_type = x3::rule<class source_colon_clause_class, ast::range>;
// his call to bring …, Lee's claim that …
using possessive_cue_type = x3::rule<class possessive_cue_class, ast::source_cue>;
// Li told the press … / Berg claimed … (the clause follows)
using source_cue_type = x3::rule<class source_cue_class, ast::source_cue>;

BOOST_SPIRIT_DECLARE(clause_source_cue_type, clause_loose_source_cue_type, clause_cue_source_type, clause_according_to_type,
                     according_to_clause_type, source_cue_type, inserted_source_cue_type,
                     inserted_according_to_type, source_colon_clause_type, possessive_cue_type)

clause_source_cue_type const& clause_source_cue();
clause_loose_source_cue_type const& clause_loose_source_cue();
clause_cue_source_type const& clause_cue_source();
clause_according_to_type const& clause_according_to();
according_to_clause_type const& according_to_clause();
source_cue_type const& source_cue();
inserted_source_cue_type const& inserted_source_cue();
inserted_according_to_type const& inserted_according_to();
source_colon_clause_type const& source_colon_clause();
possessive_cue_type const& possessive_cue();

} // namespace quotegraph::grammar
