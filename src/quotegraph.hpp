// The library's public face: one call runs the whole pipeline on a text.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

// A document that cannot be analysed: why, in one line.
struct input_error {
    std::string message;
};

// Checks that the text can be analysed: no NUL bytes (a file that holds them
// is binary, or UTF-16). Invalid UTF-8 is analysed as it is, offsets counting
// its bytes; the writers show such bytes as U+FFFD.
std::optional<input_error> check_text(std::string_view text);

analysis analyze(std::string id, std::string text, const rule_set& rules, std::string publisher = {});

} // namespace quotegraph
