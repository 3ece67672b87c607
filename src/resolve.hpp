// attributions -> entities and speakers: every source mention becomes one
// entity (aliases merged, fullest name kept); pronouns and continuations
// borrow the entity they refer to.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

struct resolution_result {
    std::vector<entity> entities;
    std::vector<std::optional<speaker>> speakers; // parallel to the attributions
};

// "the AP" -> "AP", "The Kremlin" -> "Kremlin": how known sources are looked up.
std::string strip_article(std::string_view s);

resolution_result resolve(const document& d, const std::vector<attribution>& atts, const rule_set& rules);

} // namespace quotegraph
