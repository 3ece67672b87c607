// The CSV writer: read back as RFC 4180, it has one record per attribution,
// each with the header's number of fields.
#include "../../src/export_csv.hpp"
#include "fuzz_common.hpp"

#include <vector>

using namespace quotegraph;

namespace {

// RFC 4180 records (CRLF between them; quoted fields may hold anything).
std::vector<std::vector<std::string>> read_csv(std::string_view s) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') rows.back().back() += '"', ++i;
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') {
            fuzz::require(rows.back().back().empty(), "a quote opens a field");
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            rows.emplace_back(1);
            ++i;
        } else {
            fuzz::require(c != '\r' && c != '\n', "no bare line break outside quotes");
            rows.back().back() += c;
        }
    }
    fuzz::require(!quoted, "every quoted field closes");
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto a = fuzz::analysed(data, size);
    if (!a) return 0;
    const auto rows = read_csv(csv_header() + to_csv(*a));
    fuzz::require(rows.size() == a->attributions.size() + 1, "one record per attribution");
    for (const auto& r : rows) fuzz::require(r.size() == rows[0].size(), "every record has the header's fields");
    return 0;
}
