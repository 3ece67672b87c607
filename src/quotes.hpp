// document -> quotations, nested ones included (depth > 0), in text order.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

std::vector<quotation> find_quotations(const document& d, const rule_set& rules);

} // namespace quotegraph
