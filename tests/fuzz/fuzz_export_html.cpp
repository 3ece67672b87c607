// The HTML writer: every tag in the page is one the writer makes; nothing the
// article holds becomes markup.
#include "../../src/export_html.hpp"
#include "fuzz_common.hpp"

#include <algorithm>
#include <array>

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto a = fuzz::analysed(data, size);
    if (!a) return 0;
    const std::string out = to_html({html_document{&*a, ""}});
    static constexpr std::array<std::string_view, 27> tags = {
        "!doctype", "html", "head", "meta", "title", "style", "script", "body", "header", "h2", "h3", "section",
        "aside", "div", "span", "mark", "strong", "small", "em", "b", "a", "ul", "li", "svg", "p", "br", "code"};
    for (std::size_t at = out.find('<'); at != std::string::npos; at = out.find('<', at + 1)) {
        std::size_t from = at + 1 + (at + 1 < out.size() && out[at + 1] == '/');
        std::size_t to = from;
        while (to < out.size() && (std::isalnum(static_cast<unsigned char>(out[to])) || out[to] == '!')) ++to;
        std::string name = out.substr(from, to - from);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        fuzz::require(std::find(tags.begin(), tags.end(), name) != tags.end(), "a tag the writer makes");
    }
    return 0;
}
