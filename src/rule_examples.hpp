// The examples rule files carry, run through the real pipeline: what
// `quotegraph rules test` reports and `meson test` checks for the defaults.
#pragma once
#include "rules.hpp"

#include <string>
#include <vector>

namespace quotegraph {

struct example_failure {
    const rule_example* example = nullptr;
    std::string message; // "FILE:LINE: error: …", with what was expected and what was found
};

// Runs every example of `rules`; returns the ones that do not hold.
std::vector<example_failure> run_examples(const rule_set& rules);

} // namespace quotegraph
