// quotations -> direct attributions: for every top-level quotation, the
// frame that says who said it (SPEC.md "Attribution kinds"). Quotations
// embedded in reported speech (mixed) and scare quotes get none here.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

std::vector<attribution> attribute_quotations(const document& d, const std::vector<quotation>& quotes,
                                              const rule_set& rules);

} // namespace quotegraph
