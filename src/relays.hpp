// Who relays whom, beyond the source and its cue: the addressee a source
// told ("told dpa"), and the source a source passes on ("according to state
// television, officials said …", "said, citing a report by X"). The source
// graph turns them into `told` and `cites` edges.
#pragma once
#include "rules.hpp"
#include "types.hpp"

namespace quotegraph {

// One relay per attribution (parallel to `atts`); empty where there is none.
std::vector<relay> find_relays(const document& d, const std::vector<attribution>& atts, const rule_set& rules);

} // namespace quotegraph
