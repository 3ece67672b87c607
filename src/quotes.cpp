#include "quotes.hpp"

#include "../grammars/quotes.hpp"
#include "document.hpp"

#include <algorithm>

namespace quotegraph {

namespace {

enum style { curly, straight, low, guillemet, single_curly_style, single_straight_style, n_styles };

bool is_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;
}

// The opening mark at i: its style and length, or n_styles.
std::pair<style, std::size_t> opening_at(std::string_view t, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == '"') return {straight, 1};
    if (c == '\'') return {single_straight_style, 1};
    if (c == 0xE2 && t.substr(i, 2) == "\xE2\x80" && i + 2 < t.size()) {
        switch (static_cast<unsigned char>(t[i + 2])) {
        case 0x9C: return {curly, 3};
        case 0x9E: return {low, 3};
        case 0x98: return {single_curly_style, 3};
        }
    }
    if (c == 0xC2 && i + 1 < t.size() && t[i + 1] == '\xAB') return {guillemet, 2};
    return {n_styles, 0};
}

// Straight and single marks double as closers and apostrophes: they open a
// quotation only after a space or bracket and before a non-space.
bool plausible_opening(std::string_view t, std::size_t i, std::size_t len, style s, std::size_t lo) {
    std::size_t after = i + len;
    if (s == guillemet) return after < t.size(); // French sets « off with spaces
    if (after >= t.size() || is_space_at(t, after)) return false;
    if (s == curly || s == low) return true;
    if (i > lo) {
        unsigned char prev = static_cast<unsigned char>(t[i - 1]);
        if (is_alnum(prev) || prev == '.' || prev == ',' || prev == '!' || prev == '?') return false;
    }
    if (s == single_straight_style || s == single_curly_style) {
        // ‘08 and '90s are years; the second mark of '' is no opening either
        unsigned char next = static_cast<unsigned char>(t[after]);
        if (next >= '0' && next <= '9') return false;
        if (i > lo && t[i - 1] == '\'') return false;
        return is_alnum(next);
    }
    return true;
}

bool parse_style(const rule_set& rules, style s, const char*& it, const char* last) {
    using namespace grammar;
    switch (s) {
    case curly: return parse_with(rules.lex, double_curly(), it, last);
    case straight: return parse_with(rules.lex, double_straight(), it, last);
    case low: return parse_with(rules.lex, double_low(), it, last);
    case guillemet: return parse_with(rules.lex, guillemets(), it, last);
    case single_curly_style: return parse_with(rules.lex, single_curly(), it, last);
    case single_straight_style: return parse_with(rules.lex, single_straight(), it, last);
    default: return false;
    }
}

std::size_t closing_length(std::string_view t, std::size_t end) {
    return (end >= 3 && static_cast<unsigned char>(t[end - 3]) == 0xE2) ? 3
         : (end >= 2 && static_cast<unsigned char>(t[end - 2]) == 0xC2) ? 2 : 1;
}

void scan(const document& d, const rule_set& rules, std::size_t lo, std::size_t hi, int depth,
          std::vector<quotation>& out) {
    std::string_view t = d.text;
    const char* base = t.data();
    // A style that failed to close at i cannot close from any later mark of
    // the same style before the end of that paragraph: skip them (keeps a
    // line full of unpaired marks linear).
    std::size_t dead_until[n_styles] = {};
    for (std::size_t i = lo; i < hi;) {
        // (to the next byte that may open one: " ' E2 C2)
        static constexpr byte_set openers = byte_set{}.with('"').with('\'').with(0xE2).with(0xC2);
        i = first_in(
            t, i, hi, openers,
            [t](std::size_t k) { return opening_at(t, k).first != n_styles; });
        if (i == hi) break;
        auto [s, len] = opening_at(t, i);
        if (s == n_styles || i < dead_until[s] || !plausible_opening(t, i, len, s, lo)) {
            ++i;
            continue;
        }
        const char* it = base + i;
        if (!parse_style(rules, s, it, base + hi)) {
            std::size_t nl = t.find('\n', i);
            dead_until[s] = std::min(hi, nl == std::string_view::npos ? t.size() : nl);
            i += len;
            continue;
        }
        std::size_t end = std::size_t(it - base);
        quotation q;
        q.outer = {i, end};
        q.inner = {i + len, end - closing_length(t, end)};
        q.depth = depth;
        q.paragraph = paragraph_index(d, q.outer.start);
        q.last_paragraph = paragraph_index(d, q.outer.end - 1);
        out.push_back(q);
        if (depth < 8) scan(d, rules, q.inner.start, q.inner.end, depth + 1, out);
        i = end;
    }
}

} // namespace

std::vector<quotation> find_quotations(const document& d, const rule_set& rules) {
    std::vector<quotation> out;
    scan(d, rules, 0, d.text.size(), 0, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const quotation& a, const quotation& b) { return a.outer.start < b.outer.start; });
    return out;
}

} // namespace quotegraph
