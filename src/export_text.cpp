#include "export_text.hpp"

#include "document.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace quotegraph {

namespace {

// 1-based line and column of a byte offset.
std::pair<std::size_t, std::size_t> line_col(const std::string& t, std::size_t pos) {
    std::size_t line = 1 + std::count(t.begin(), t.begin() + pos, '\n');
    std::size_t nl = t.rfind('\n', pos == 0 ? 0 : pos - 1);
    std::size_t col = pos - (nl == std::string::npos || nl >= pos ? 0 : nl + 1) + 1;
    return {line, col};
}


} // namespace

std::string to_text(const analysis& a, const std::vector<std::vector<std::string>>* why) {
    const document& d = a.doc;
    std::string out = fmt::format("{}: {} attribution{}, {} speaker{}{}\n", d.id, a.attributions.size(),
                                  a.attributions.size() == 1 ? "" : "s", a.entities.size(),
                                  a.entities.size() == 1 ? "" : "s",
                                  d.publisher.empty() ? "" : ", published by " + d.publisher);
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& at = a.attributions[i];
        const claim& c = a.claims[i];
        auto [line, col] = line_col(d.text, at.hull().start);
        std::string who = "(no speaker)";
        if (c.who) {
            const entity& e = a.entities[c.who->entity];
            who = fmt::format("{} [{}]", e.name, e.type);
            if (at.source && d.slice(at.source->full) != e.name)
                who += fmt::format(" as \"{}\" ({})", d.slice(at.source->full), to_string(c.who->resolved_by));
            else if (!at.source)
                who += fmt::format(" ({})", to_string(c.who->resolved_by));
        }
        out += fmt::format("\n  a{:<3} {:<8} {}\n", i + 1, at.kind, who);
        out += fmt::format("        cue:   {}\n", at.verb ? std::string(d.slice(at.verb->where)) : "-");
        out += fmt::format("        quote: {}\n", shorten(d.slice(at.hull()), 160));
        out += fmt::format("        at:    line {}, column {} (bytes {}-{}), rule {}\n", line, col,
                           at.hull().start, at.hull().end, at.rule);
        std::string flags;
        for (const auto& f : c.flags) flags += (flags.empty() ? "" : ", ") + f.id;
        out += fmt::format("        check: {}{}\n", c.verdict, flags.empty() ? "" : " (" + flags + ")");
        for (const auto& f : c.flags) out += fmt::format("        flag:  {}: {}\n", f.id, shorten(f.reason, 160));
        if (why)
            for (const auto& line : (*why)[i]) out += fmt::format("        why:   {}\n", line);
    }
    return out;
}

} // namespace quotegraph
