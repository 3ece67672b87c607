#include "export_json.hpp"

#include <nlohmann/json.hpp>

namespace quotegraph {

namespace {

using json = nlohmann::ordered_json;

json span_json(const document& d, span s) {
    return json{{"start", s.start}, {"end", s.end}, {"text", std::string(d.slice(s))}};
}

std::string dump(const json& j, bool pretty) {
    return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

} // namespace

std::string to_json(const analysis& a, bool pretty, const std::vector<std::vector<std::string>>* why) {
    const document& d = a.doc;
    json atts = json::array();
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& at = a.attributions[i];
        const claim& c = a.claims[i];
        json j;
        j["id"] = numbered('a', i + 1);
        j["kind"] = at.kind;
        j["content"] = span_json(d, at.hull());
        if (at.content.size() > 1) {
            json frags = json::array();
            for (auto f : at.content) frags.push_back({f.start, f.end});
            j["content_fragments"] = frags;
        }
        if (at.verb) {
            j["cue"] = span_json(d, at.verb->where);
            j["cue"]["lemma"] = at.verb->lemma;
        } else {
            j["cue"] = nullptr;
        }
        j["source"] = at.source ? span_json(d, at.source->full) : json(nullptr);
        if (c.who) {
            const entity& e = a.entities[c.who->entity];
            j["speaker"] = {{"entity", e.id}, {"name", e.name}, {"type", e.type},
                            {"resolved_by", std::string(to_string(c.who->resolved_by))}};
        } else {
            j["speaker"] = nullptr;
        }
        j["rule"] = at.rule;
        json flags = json::array();
        for (const auto& f : c.flags) flags.push_back({{"id", f.id}, {"reason", f.reason}});
        j["flags"] = flags;
        j["verdict"] = c.verdict;
        j["confidence"] = at.confidence;
        if (why) j["explain"] = (*why)[i];
        atts.push_back(std::move(j));
    }
    json ents = json::array();
    for (const auto& e : a.entities) {
        json ms = json::array();
        for (auto m : e.mentions) ms.push_back({{"start", m.start}, {"end", m.end}});
        ents.push_back({{"id", e.id}, {"name", e.name}, {"type", e.type}, {"mentions", ms}, {"roles", e.roles}});
    }
    json doc;
    doc["id"] = d.id;
    if (!d.publisher.empty()) doc["publisher"] = d.publisher;
    doc["attributions"] = std::move(atts);
    doc["entities"] = std::move(ents);
    return dump(doc, pretty);
}

std::string error_json(const std::string& id, const std::string& message) {
    json j;
    j["id"] = id;
    j["error"] = message;
    return dump(j, false);
}

} // namespace quotegraph
