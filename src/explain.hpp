// Why each attribution was found: the grammar rule that matched and the rule
// entries that fired (verb, title, source noun, known source, place), each
// with the file and line that define it, so an editor knows what to change.
#pragma once
#include "rules.hpp"
#include "types.hpp"

#include <string>
#include <vector>

namespace quotegraph {

// One list of lines per attribution, parallel to a.attributions.
std::vector<std::vector<std::string>> explain(const analysis& a, const rule_set& rules);

} // namespace quotegraph
