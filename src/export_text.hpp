// analysis -> a report for people reading a terminal.
#pragma once
#include "types.hpp"

#include <string>

namespace quotegraph {

std::string to_text(const analysis& a);

} // namespace quotegraph
