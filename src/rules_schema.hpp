// What each kind of rule file may hold: its keys, what type each has, which
// are required, which values are allowed. Checked before a file is loaded so
// that an editor sees every problem of a file at once, at its line and column.
#pragma once
#include "rule_doc.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

struct schema_problem {
    YAML::Mark mark;
    std::string message;
};

// Every problem of one parsed rule file: unknown keys (with a did-you-mean),
// wrong types, missing fields, values outside their set, duplicate entries.
std::vector<schema_problem> check_schema(const rule_node& root);

// The flag ids an example may name (SPEC.md "Flags").
const std::vector<std::string>& known_flags();

// The closest of `candidates` to `word`, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace quotegraph
