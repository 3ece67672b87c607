// analysis -> a report for people reading a terminal.
#pragma once
#include "types.hpp"

#include <string>
#include <vector>

namespace quotegraph {

// With `why` (from explain()), each attribution is followed by why it was found.
std::string to_text(const analysis& a, const std::vector<std::vector<std::string>>* why = nullptr);

} // namespace quotegraph
