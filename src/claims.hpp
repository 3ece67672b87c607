// attributions + speakers -> claims with flags and a verdict, as the rules
// (rules/flags.yaml, rules/verdicts.yaml) say.
#pragma once
#include "resolve.hpp"
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

std::vector<claim> make_claims(const document& d, const std::vector<attribution>& atts,
                               const resolution_result& res, const rule_set& rules);

} // namespace quotegraph
