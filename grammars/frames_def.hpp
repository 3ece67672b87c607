#pragma once
#include "ast_adapted.hpp"
#include "frame_parts.hpp"
#include "frames.hpp"

namespace quotegraph::grammar {

quote_source_cue_type const quote_source_cue_rule = "quote-comma-source-cue";
quote_cue_source_type const quote_cue_source_rule = "quote-comma-cue-source";
quote_dash_source_type const quote_dash_source_rule = "quote-dash-source";
quote_according_to_type const quote_according_to_rule = "quote-according-to-source";
source_cue_quote_type const source_cue_quote_rule = "source-cue-colon-quote";
cue_source_quote_type const cue_source_quote_rule = "cue-source-colon-quote";
cue_quote_type const cue_quote_rule = "participle-colon-quote";
source_colon_quote_type const source_colon_quote_rule = "source-colon-quote";
according_to_quote_type const according_to_quote_rule = "according-to-source-quote";

using namespace frames_detail;

auto const quote_source_cue_rule_def = omit[after_quote] >> omit[-(lit("as") >> ws)] >> source_then(omit[source_gap] >> raw[quote_cue_word]);
auto const quote_cue_source_rule_def = omit[after_quote] >> raw[quote_cue_word] >> omit[ws]
    >> raw[mention()];
auto const quote_according_to_rule_def = omit[after_quote] >> raw[lit("according to")] >> omit[ws]
    >> raw[mention()];
auto const quote_dash_source_rule_def = omit[opt_ws >> dash >> opt_ws]
    >> raw[titled_name() | name() | description()];
auto const source_cue_quote_rule_def = source_then(omit[source_gap] >> raw[quote_cue_word] >> omit[lead_in]);
auto const cue_source_quote_rule_def = raw[quote_cue_word] >> omit[ws] >> raw[mention()]
    >> omit[opt_ws >> char_(":,") >> opt_ws >> eoi];
auto const cue_quote_rule_def = raw[quote_cue_word] >> omit[lead_in];
auto const according_to_quote_rule_def = raw[lit("According to") | lit("according to")] >> omit[ws]
    >> raw[mention()] >> omit[opt_ws >> lit(',') >> opt_ws >> eoi];
auto const source_colon_quote_rule_def = raw[titled_name() | name()]
    >> omit[-(lit(',') >> repeat(1, 4)[ws >> lead_in_word]) >> opt_ws >> lit(':') >> opt_ws >> eoi];

BOOST_SPIRIT_DEFINE(quote_source_cue_rule, quote_cue_source_rule, quote_dash_source_rule, quote_according_to_rule,
                    source_cue_quote_rule, cue_source_quote_rule, cue_quote_rule,
                    source_colon_quote_rule, according_to_quote_rule)

} // namespace quotegraph::grammar
