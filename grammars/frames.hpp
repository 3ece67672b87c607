// Attribution frames: the words around a quotation that say who said it.
// Trailing frames start right after a closing quote mark; leading frames
// are parsed on the text between a sentence start and an opening mark and
// must reach that mark exactly. Each rule is one named pattern (`--explain`).
#pragma once
#include "ast.hpp"
#include "config.hpp"

namespace quotegraph::grammar {

// "…," Berg said in a televised address
using quote_source_cue_type = x3::rule<class quote_source_cue_class, ast::source_cue>;
// "…," said Michael Tyler, a spokesman for …
using quote_cue_source_type = x3::rule<class quote_cue_source_class, ast::cue_source>;
// "…" — Martin Luther King Jr.
using quote_dash_source_type = x3::rule<class quote_dash_source_class, ast::range>;
// "…," according to CNN
using quote_according_to_type = x3::rule<class quote_according_to_class, ast::cue_source>;
// Berg said: "…"   Li told reporters in Rome, "…"
using source_cue_quote_type = x3::rule<class source_cue_quote_class, ast::source_cue>;
// said Berg: "…"
using cue_source_quote_type = x3::rule<class cue_source_quote_class, ast::cue_source>;
// …, and asking: "…"   (the speaker is the clause's subject)
using cue_quote_type = x3::rule<class cue_quote_class, ast::range>;
// According to the report, "…"
using according_to_quote_type = x3::rule<class according_to_quote_class, ast::cue_source>;
// Jane Roe, on Twitter: "…"
using source_colon_quote_type = x3::rule<class source_colon_quote_class, ast::range>;

BOOST_SPIRIT_DECLARE(quote_source_cue_type, quote_cue_source_type, quote_dash_source_type, quote_according_to_type,
                     source_cue_quote_type, cue_source_quote_type, cue_quote_type,
                     source_colon_quote_type, according_to_quote_type)

quote_source_cue_type const& quote_source_cue();
quote_cue_source_type const& quote_cue_source();
quote_dash_source_type const& quote_dash_source();
quote_according_to_type const& quote_according_to();
source_cue_quote_type const& source_cue_quote();
cue_source_quote_type const& cue_source_quote();
cue_quote_type const& cue_quote();
source_colon_quote_type const& source_colon_quote();
according_to_quote_type const& according_to_quote();

} // namespace quotegraph::grammar
