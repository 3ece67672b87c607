#include "export_html.hpp"

#include "document.hpp"
#include "export_dot.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

namespace quotegraph {

std::string html_escaped(std::string_view raw) {
    std::string storage;
    const std::string_view s = utf8_view(raw, storage);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string graph_for_page(const source_graph& g, std::string_view title) {
    const std::size_t n = boost::num_vertices(g.graph());
    if (n > max_inline_graph_vertices)
        return fmt::format("<p class=\"note\">The source graph has {} vertices, too many to draw here: "
                           "<code>--format dot</code> writes it for Graphviz.</p>", n);
    return render_svg(to_dot(g, title));
}

std::string render_svg(const std::string& dot_source) {
    char in_path[] = "/tmp/quotegraph-XXXXXX";
    int fd = mkstemp(in_path);
    if (fd < 0) return {};
    close(fd);
    {
        std::ofstream f(in_path, std::ios::binary);
        f << dot_source;
    }
    std::string svg;
    const std::string cmd = std::string("dot -Tsvg '") + in_path + "' 2>/dev/null";
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) svg.append(buf, n);
        if (pclose(p) != 0) svg.clear();
    }
    std::remove(in_path);
    // the <svg> element alone: no XML prolog or doctype inside HTML
    auto at = svg.find("<svg");
    return at == std::string::npos ? std::string() : svg.substr(at);
}

namespace {

constexpr std::string_view palette[] = {"#ffe082", "#a5d6a7", "#90caf9", "#f48fb1", "#ce93d8", "#80cbc4",
                                        "#ffab91", "#c5e1a5", "#b39ddb", "#81d4fa", "#e6ee9c", "#bcaaa4"};
constexpr std::string_view no_speaker = "#e0e0e0";

std::string_view colour_of(const analysis& a, std::size_t i) {
    const claim& c = a.claims[i];
    return c.who ? palette[c.who->entity % std::size(palette)] : no_speaker;
}

// The verdict and flag badges of a claim; `anchor` (if any) is the id links jump to.
std::string badges(const claim& c, const std::string& id, const std::string& anchor = {}) {
    std::string out = fmt::format("<span class=\"badges\" data-for=\"{}\"{}>", id,
                                  anchor.empty() ? "" : " id=\"" + anchor + "\"");
    out += fmt::format("<span class=\"verdict {0}\" tabindex=\"0\">{0}</span>", c.verdict);
    for (const auto& f : c.flags)
        out += fmt::format("<span class=\"badge {0}\" tabindex=\"0\" title=\"{1}\">{0}<span class=\"reason\">{1}</span></span>",
                           html_escaped(f.id), html_escaped(f.reason));
    return out + "</span>";
}

// The article: the text cut where any content or cue starts or ends; each
// piece marked with the attributions it belongs to, coloured by the last
// (innermost) one; badges after each content's end.
std::string article(const analysis& a) {
    const document& d = a.doc;
    std::set<std::size_t> cuts{0, d.text.size()};
    for (const auto& at : a.attributions) {
        cuts.insert(at.hull().start);
        cuts.insert(at.hull().end);
        if (at.verb) cuts.insert(at.verb->where.start), cuts.insert(at.verb->where.end);
    }
    std::multimap<std::size_t, std::size_t> ends; // end offset -> attribution
    for (std::size_t i = 0; i < a.attributions.size(); ++i) ends.emplace(a.attributions[i].hull().end, i);
    std::string out;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const span piece{*it, *std::next(it)};
        std::vector<std::size_t> in;
        bool cue = false;
        for (std::size_t i = 0; i < a.attributions.size(); ++i) {
            const auto& at = a.attributions[i];
            if (at.hull().start <= piece.start && piece.end <= at.hull().end) in.push_back(i);
            if (at.verb && at.verb->where.start <= piece.start && piece.end <= at.verb->where.end) cue = true;
        }
        std::string text = html_escaped(d.slice(piece));
        if (cue) text = "<b class=\"cue\">" + text + "</b>";
        if (!in.empty()) {
            std::string ids;
            for (std::size_t i : in) {
                if (!ids.empty()) ids += ' ';
                ids += numbered('a', i + 1);
            }
            const std::size_t last = in.back();
            text = fmt::format("<mark data-a=\"{}\" style=\"background:{}\" title=\"{}\">{}</mark>", ids, colour_of(a, last),
                               html_escaped(numbered('a', last + 1) + ": " +
                                            (a.claims[last].who ? a.entities[a.claims[last].who->entity].name : "no speaker")),
                               text);
        }
        out += text;
        for (auto [e, stop] = ends.equal_range(piece.end); e != stop; ++e)
            out += badges(a.claims[e->second], numbered('a', e->second + 1),
                          html_escaped(d.id) + "-" + numbered('a', e->second + 1));
    }
    return out;
}

std::string speakers(const analysis& a) {
    std::string out = "<ul class=\"speakers\">\n";
    for (std::size_t e = 0; e < a.entities.size(); ++e) {
        const entity& x = a.entities[e];
        out += fmt::format("<li><span class=\"swatch\" style=\"background:{}\"></span><strong>{}</strong> <em>{}</em><ul>",
                           palette[e % std::size(palette)], html_escaped(x.name), html_escaped(x.type));
        for (std::size_t i = 0; i < a.attributions.size(); ++i) {
            if (!a.claims[i].who || a.claims[i].who->entity != e) continue;
            const std::string content = shorten(a.doc.slice(a.attributions[i].hull()), 160);
            out += fmt::format("<li><a href=\"#{0}-{1}\">{1}</a> {2} {3}</li>", html_escaped(a.doc.id), numbered('a', i + 1),
                               html_escaped(content), badges(a.claims[i], numbered('a', i + 1)));
        }
        out += "</ul></li>\n";
    }
    return out + "</ul>\n";
}

constexpr std::string_view style = R"(
body { font-family: Georgia, serif; margin: 0; color: #222; background: #fafafa; }
header { font-family: Helvetica, Arial, sans-serif; background: #263238; color: #fff; padding: .6em 1.2em; }
section.doc { display: flex; flex-wrap: wrap; gap: 1.5em; padding: 1em 1.2em; border-bottom: 1px solid #ccc; }
.article { flex: 3 1 36em; white-space: pre-wrap; line-height: 1.55; background: #fff; padding: 1em 1.4em; border: 1px solid #ddd; }
aside { flex: 2 1 24em; font-family: Helvetica, Arial, sans-serif; font-size: 14px; }
mark { padding: 0 .1em; border-radius: 2px; }
b.cue { text-decoration: underline; }
.badges { font-family: Helvetica, Arial, sans-serif; font-size: 11px; white-space: normal; }
.badges > span { display: inline-block; margin: 0 .15em; padding: 0 .35em; border-radius: .7em; position: relative; cursor: help; }
.verdict.on_record { background: #c8e6c9; } .verdict.needs_check { background: #ffe0b2; } .verdict.unverifiable { background: #ffcdd2; }
.badge { background: #eceff1; border: 1px solid #b0bec5; }
.badge .reason { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: 22em; padding: .4em; background: #fff;
  border: 1px solid #888; box-shadow: 0 2px 6px rgba(0,0,0,.2); white-space: normal; }
.badge:hover .reason, .badge:focus .reason { display: block; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .4em; vertical-align: middle; border: 1px solid #999; }
ul.speakers { padding-left: 0; list-style: none; } ul.speakers ul { padding-left: 1.3em; }
.graph svg { max-width: 100%; height: auto; }
)";

} // namespace

std::string to_html(const std::vector<html_document>& docs) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>quotegraph</title>\n<style>";
    out += style;
    out += "</style>\n</head>\n<body>\n";
    std::size_t total = 0;
    for (const auto& h : docs) total += h.a->attributions.size();
    out += fmt::format("<header><strong>quotegraph</strong> — {} document{}, {} attribution{}</header>\n", docs.size(),
                       docs.size() == 1 ? "" : "s", total, total == 1 ? "" : "s");
    for (const auto& h : docs) {
        const analysis& a = *h.a;
        out += fmt::format("<section class=\"doc\" id=\"{}\">\n<div class=\"article\">", html_escaped(a.doc.id));
        out += fmt::format("<h2>{}{}</h2>", html_escaped(a.doc.id),
                           a.doc.publisher.empty() ? "" : " <small>(" + html_escaped(a.doc.publisher) + ")</small>");
        out += article(a);
        out += "</div>\n<aside>\n<h3>Speakers</h3>\n" + speakers(a);
        if (!h.svg.empty()) out += "<h3>Source graph</h3>\n<div class=\"graph\">" + h.svg + "</div>\n";
        out += "</aside>\n</section>\n";
    }
    // How many attributions the browser shows highlighted (tests read it from
    // the rendered page): those with a mark that takes up room on the page.
    out += "<script>\n"
           "(function () {\n"
           "  var shown = {};\n"
           "  document.querySelectorAll('section.doc mark[data-a]').forEach(function (m) {\n"
           "    var r = m.getBoundingClientRect();\n"
           "    if (r.width > 0 && r.height > 0) m.dataset.a.split(' ').forEach(function (id) {\n"
           "      shown[m.closest('section').id + '/' + id] = true; });\n"
           "  });\n"
           "  document.body.dataset.highlighted = Object.keys(shown).length;\n"
           "})();\n</script>\n";
    return out + "</body>\n</html>\n";
}

} // namespace quotegraph
