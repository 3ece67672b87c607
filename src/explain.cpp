#include "explain.hpp"
#include "document.hpp"

#include <algorithm>

namespace quotegraph {

namespace {

std::string at(const rule_origin& o) { return o.file() + ":" + std::to_string(o.line); }

// The words of a source and their runs of two and three ("prime minister").
std::vector<std::string> phrases(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ') ++j;
        std::string w(text.substr(i, j - i));
        while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.pop_back();
        if (w.ends_with("'s")) w.resize(w.size() - 2);
        if (!w.empty()) words.push_back(w);
        i = j;
    }
    std::vector<std::string> out;
    for (std::size_t n = 3; n >= 1; --n)
        for (std::size_t k = 0; k + n <= words.size(); ++k) {
            std::string p = words[k];
            for (std::size_t m = 1; m < n; ++m) p += " " + words[k + m];
            out.push_back(p);
        }
    return out;
}

} // namespace

std::vector<std::vector<std::string>> explain(const analysis& a, const rule_set& rules) {
    std::vector<std::vector<std::string>> out;
    const auto& origins = rules.origins;
    auto find = [&](const std::string& kind, const std::string& key) -> const rule_origin* {
        auto it = origins.find({kind, key});
        return it == origins.end() ? nullptr : &it->second;
    };
    static const char* noun_kinds[] = {"person", "group", "organization", "media", "government"};
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& att = a.attributions[i];
        std::vector<std::string> why;
        why.push_back("grammar rule " + std::string(att.rule));
        if (att.verb) {
            const std::string lemma(att.verb->lemma);
            if (const auto* o = find("reporting_verbs", lemma)) why.push_back("reporting verb '" + lemma + "' (" + at(*o) + ")");
            else if (const auto* n = find("reporting_nouns", lemma)) why.push_back("reporting noun '" + lemma + "' (" + at(*n) + ")");
            else why.push_back("cue '" + lemma + "' (built into the grammar)");
        }
        if (att.source) {
            std::string source(a.doc.slice(att.source->full));
            std::vector<std::string> seen;
            auto note = [&](const std::string& line) {
                if (std::find(seen.begin(), seen.end(), line) == seen.end()) seen.push_back(line), why.push_back(line);
            };
            for (const auto& p : phrases(source)) {
                const std::string low = lower(p);
                if (auto k = rules.sources.find(p); k != rules.sources.end())
                    if (const auto* o = find("sources", k->second.name))
                        note("known source '" + k->second.name + "' (" + at(*o) + ")");
                if (const auto* o = find("places", p)) note("place '" + p + "' (" + at(*o) + ")");
                for (const std::string& t : {p, low})
                    if (const auto* o = find("titles", t)) note("title '" + t + "' (" + at(*o) + ")");
                for (const char* nk : noun_kinds)
                    for (const std::string& w : {low, low.ends_with("s") ? low.substr(0, low.size() - 1) : low})
                        if (const auto* o = find(std::string("source_nouns.") + nk, w))
                            note("source noun '" + w + "', a " + nk + " (" + at(*o) + ")");
            }
        }
        if (a.claims[i].who) why.push_back("speaker found " + std::string(to_string(a.claims[i].who->resolved_by)));
        for (const auto& f : a.claims[i].flags) {
            const auto* o = find("flags", std::string(f.id));
            why.push_back("flag " + std::string(f.id) + ": " + f.reason.str() + (o ? " (" + at(*o) + ")" : ""));
        }
        out.push_back(std::move(why));
    }
    return out;
}

} // namespace quotegraph
