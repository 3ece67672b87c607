// analysis -> CSV rows for spreadsheets: one attribution a row, RFC 4180.
#pragma once
#include "types.hpp"

#include <string>

namespace quotegraph {

// The header line (CRLF-terminated, as RFC 4180 has it).
std::string csv_header();
// One row per attribution of the document.
std::string to_csv(const analysis& a);
// A field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view s);

} // namespace quotegraph
