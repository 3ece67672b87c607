#include "claims.hpp"

namespace quotegraph {

std::vector<claim> make_claims(const document& d, const std::vector<attribution>& atts,
                               const resolution_result& res) {
    std::vector<claim> out;
    out.reserve(atts.size());
    for (std::size_t i = 0; i < atts.size(); ++i) {
        const auto& a = atts[i];
        claim c;
        c.who = res.speakers[i];
        const entity* e = c.who ? &res.entities[c.who->entity] : nullptr;
        if (e && (e->type == "group" || e->type == "unnamed"))
            c.flags.push_back({"anonymous_source", "the source '" + e->name + "' is not named"});
        if (a.verb && a.verb->cls == "distancing")
            c.flags.push_back({"hedged_cue", "cue '" + std::string(d.slice(a.verb->where)) +
                                                 "' distances the writer"});
        if (!e) c.verdict = "unverifiable";
        else if (c.flags.empty() && a.kind == "direct") c.verdict = "on_record";
        else c.verdict = "needs_check";
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace quotegraph
