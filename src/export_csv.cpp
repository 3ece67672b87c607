#include "export_csv.hpp"

#include "document.hpp"

#include <fmt/format.h>

namespace quotegraph {

std::string csv_field(std::string_view raw) {
    std::string storage;
    const std::string_view s = utf8_view(raw, storage);
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

namespace {

constexpr std::string_view columns[] = {"document", "id", "kind", "speaker", "speaker_type", "resolved_by",
                                        "source", "cue", "lemma", "content", "start", "end", "flags",
                                        "flag_reasons", "verdict", "rule", "confidence"};

} // namespace

std::string csv_header() {
    std::string out;
    for (auto c : columns) {
        if (!out.empty()) out += ',';
        out += c;
    }
    return out + "\r\n";
}

std::string to_csv(const analysis& a) {
    const document& d = a.doc;
    std::string out;
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& at = a.attributions[i];
        const claim& c = a.claims[i];
        const entity* e = c.who ? &a.entities[c.who->entity] : nullptr;
        std::string flags, reasons;
        for (const auto& f : c.flags) {
            if (!flags.empty()) flags += ';', reasons += "; ";
            flags += f.id;
            reasons += f.id;
            reasons += ": ";
            reasons += f.reason;
        }
        const std::string fields[] = {d.id,
                                      numbered('a', i + 1),
                                      std::string(at.kind),
                                      e ? e->name : "",
                                      e ? std::string(e->type) : "",
                                      c.who ? std::string(to_string(c.who->resolved_by)) : "",
                                      at.source ? std::string(d.slice(at.source->full)) : "",
                                      at.verb ? std::string(d.slice(at.verb->where)) : "",
                                      at.verb ? std::string(at.verb->lemma) : "",
                                      std::string(d.slice(at.hull())),
                                      std::to_string(at.hull().start),
                                      std::to_string(at.hull().end),
                                      flags,
                                      reasons,
                                      c.verdict,
                                      std::string(at.rule),
                                      fmt::format("{:.2f}", at.confidence)};
        std::string row;
        for (const auto& f : fields) {
            if (!row.empty()) row += ',';
            row += csv_field(f);
        }
        out += row + "\r\n";
    }
    return out;
}

} // namespace quotegraph
