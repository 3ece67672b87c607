// attributions + speakers -> claims with flags and a verdict, as the rules
// (rules/flags.yaml, rules/verdicts.yaml) say. Flags that need the source
// graph (single_source) are added by `corroborate` (source_graph.hpp).
#pragma once
#include "relays.hpp"
#include "resolve.hpp"
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

std::vector<claim> make_claims(const document& d, const std::vector<attribution>& atts,
                               const resolution_result& res, const std::vector<relay>& relays,
                               const rule_set& rules);

// on_record | needs_check | unverifiable from a claim's flags (rules/verdicts.yaml).
std::string verdict_of(const std::vector<flag>& flags, bool has_speaker, std::string_view kind,
                       const verdict_rules& rules);

// The canonical name of an outlet or body ("dpa" -> "Deutsche Presse-Agentur"),
// or the name itself when the rules do not know it.
std::string canonical_source(std::string_view name, const rule_set& rules);

} // namespace quotegraph
