// analysis -> the JSON object of SPEC.md ("JSON output").
#pragma once
#include "types.hpp"

#include <string>

namespace quotegraph {

// One document as compact JSON (one line, for jsonl) or indented.
// With `why` (from explain()), each attribution gains an "explain" list.
std::string to_json(const analysis& a, bool pretty, const std::vector<std::vector<std::string>>* why = nullptr);
// to_json(a, false, why) written at the end of `out`.
void append_json_line(std::string& out, const analysis& a, const std::vector<std::vector<std::string>>* why = nullptr);
// A line for a document that could not be analysed.
std::string error_json(const std::string& id, const std::string& message);

} // namespace quotegraph
