#include "claims.hpp"
#include "document.hpp"

#include <algorithm>

namespace quotegraph {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); }

// Where `phrase` stands in `text` as whole words, or npos.
std::size_t find_words(std::string_view text, std::string_view phrase, std::size_t from = 0) {
    for (std::size_t at = text.find(phrase, from); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        bool starts = at == 0 || !word_char(text[at - 1]);
        bool ends = at + phrase.size() == text.size() || !word_char(text[at + phrase.size()]);
        if (starts && ends) return at;
    }
    return std::string_view::npos;
}

// The span of `spans` (sorted, disjoint) that holds `pos`, or the whole text.
span around(const std::vector<span>& spans, std::size_t pos, std::size_t text_size) {
    auto it = std::upper_bound(spans.begin(), spans.end(), pos, [](std::size_t v, const span& s) { return v < s.start; });
    if (it != spans.begin() && pos < (it - 1)->end) return *(it - 1);
    return {0, text_size};
}

std::size_t line_of(const std::string& t, std::size_t pos) { return 1 + std::count(t.begin(), t.begin() + pos, '\n'); }

} // namespace

std::vector<claim> make_claims(const document& d, const std::vector<attribution>& atts,
                               const resolution_result& res, const rule_set& rules) {
    std::vector<claim> out;
    out.reserve(atts.size());
    const bool any_phrases = std::any_of(rules.flag_rules.begin(), rules.flag_rules.end(),
                                         [](const flag_rule& f) { return !f.phrases.empty(); });
    const std::string text = any_phrases ? lower(d.text) : std::string();
    for (std::size_t i = 0; i < atts.size(); ++i) {
        const auto& a = atts[i];
        claim c;
        c.who = res.speakers[i];
        const entity* e = c.who ? &res.entities[c.who->entity] : nullptr;
        const std::size_t pos = a.hull().start;
        const std::string source = a.source ? lower(d.slice(a.source->full)) : std::string();
        for (const auto& f : rules.flag_rules) {
            std::string reason;
            if (e && std::find(f.speaker_types.begin(), f.speaker_types.end(), e->type) != f.speaker_types.end())
                reason = "the source '" + e->name + "' is not named: " + (e->type == "group" ? "a group" : "a description");
            if (reason.empty() && a.verb && std::find(f.classes.begin(), f.classes.end(), a.verb->cls) != f.classes.end())
                reason = "cue '" + std::string(d.slice(a.verb->where)) + "' is " + a.verb->cls;
            if (reason.empty() && f.state_controlled && e)
                if (auto k = rules.sources.find(e->name); k != rules.sources.end() && k->second.state_controlled)
                    reason = "'" + e->name + "' is state-controlled";
            if (reason.empty() && a.source) {
                for (const auto& p : f.source_phrases)
                    if (find_words(source, p) != std::string_view::npos) {
                        reason = "the source '" + std::string(d.slice(a.source->full)) + "' names state media";
                        break;
                    }
            }
            if (reason.empty() && !f.phrases.empty()) {
                const span scope = f.scope == "document"    ? span{0, d.text.size()}
                                   : f.scope == "paragraph" ? around(d.paragraphs, pos, d.text.size())
                                                            : around(d.sentences, pos, d.text.size());
                const std::string_view in = std::string_view(text).substr(scope.start, scope.end - scope.start);
                for (const auto& p : f.phrases)
                    if (std::size_t at = find_words(in, p); at != std::string_view::npos) {
                        reason = "'" + std::string(d.slice({scope.start + at, scope.start + at + p.size()})) + "' in the same " +
                                 f.scope + " (line " + std::to_string(line_of(d.text, scope.start + at)) + ")";
                        break;
                    }
            }
            if (!reason.empty()) c.flags.push_back({f.flag, reason});
        }
        int weight = 0;
        for (const auto& f : c.flags)
            if (auto w = rules.verdicts.weights.find(f.id); w != rules.verdicts.weights.end()) weight += w->second;
        const auto& kinds = rules.verdicts.on_record_kinds;
        if (!e || weight >= rules.verdicts.unverifiable_at) c.verdict = "unverifiable";
        else if (weight >= rules.verdicts.needs_check_at || std::find(kinds.begin(), kinds.end(), a.kind) == kinds.end())
            c.verdict = "needs_check";
        else c.verdict = "on_record";
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace quotegraph
