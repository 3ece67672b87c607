// attributions + speakers -> claims with flags and a verdict.
#pragma once
#include "resolve.hpp"
#include "types.hpp"

namespace quotegraph {

std::vector<claim> make_claims(const document& d, const std::vector<attribution>& atts,
                               const resolution_result& res);

} // namespace quotegraph
