#include "export_text.hpp"

#include "document.hpp"

#include <fmt/format.h>


namespace quotegraph {

std::string to_text(const analysis& a, const std::vector<std::vector<std::string>>* why) {
    const document& d = a.doc;
    std::string out = fmt::format("{}: {} attribution{}, {} speaker{}{}\n", d.id, a.attributions.size(),
                                  a.attributions.size() == 1 ? "" : "s", a.entities.size(),
                                  a.entities.size() == 1 ? "" : "s",
                                  d.publisher.empty() ? "" : ", published by " + d.publisher);
    const line_index lines(d.text);
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& at = a.attributions[i];
        const claim& c = a.claims[i];
        const std::size_t line = lines.line(at.hull().start), col = lines.column(at.hull().start);
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
        for (const auto& f : c.flags) (flags += flags.empty() ? "" : ", ") += f.id;
        out += fmt::format("        check: {}{}\n", c.verdict, flags.empty() ? "" : " (" + flags + ")");
        for (const auto& f : c.flags) out += fmt::format("        flag:  {}: {}\n", f.id, shorten(f.reason, 160));
        if (why)
            for (const auto& line : (*why)[i]) out += fmt::format("        why:   {}\n", line);
    }
    return utf8_clean(out);
}

} // namespace quotegraph
