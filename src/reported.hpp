// sentences -> reported speech: attributions whose content is a clause
// rather than a quotation (indirect), or a clause quoting some words (mixed).
// Sentences already framing a direct quotation are left to it.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

std::vector<attribution> find_reported(const document& d, const std::vector<quotation>& quotes,
                                       const std::vector<attribution>& direct, const rule_set& rules);

} // namespace quotegraph
