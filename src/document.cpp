#include "document.hpp"

#include "../grammars/dateline.hpp"

#include <algorithm>

namespace quotegraph {

namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the opening quotation or bracket mark at i, 0 if none.
std::size_t opener_at(std::string_view t, std::size_t i) {
    if (t[i] == '"' || t[i] == '\'' || t[i] == '(' || t[i] == '[') return 1;
    if (t.substr(i, 3) == "\xE2\x80\x9C" || t.substr(i, 3) == "\xE2\x80\x98") return 3;
    return 0;
}

// Length of a closing quotation or bracket mark at i, 0 if none.
std::size_t closer_at(std::string_view t, std::size_t i) {
    if (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']') return 1;
    if (t.substr(i, 3) == "\xE2\x80\x9D" || t.substr(i, 3) == "\xE2\x80\x99") return 3;
    return 0;
}

void split_sentences(document& d, span para, const rule_set& rules) {
    std::string_view t = d.text;
    std::size_t start = para.start;
    static constexpr byte_set stops = byte_set{}.with('.').with('!').with('?');
    for (std::size_t i = para.start; i < para.end; ++i) {
        i = first_in(t, i, para.end, stops);
        if (i == para.end) break;
        char c = t[i];
        if (c == '.' && !ends_sentence(t, i, rules)) continue;
        std::size_t j = i + 1;
        while (j < para.end && (t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;
        while (j < para.end) {
            std::size_t n = closer_at(t, j);
            if (!n) break;
            j += n;
        }
        // (a run of stops and closers is looked at once: "......" stays linear)
        if (j < para.end && !is_space_at(t, j)) {
            i = j - 1;
            continue;
        }
        std::size_t k = j;
        while (k < para.end && is_space_at(t, k)) k += (t[k] == '\xC2') ? 2 : 1;
        if (k < para.end) {
            // past every opening mark: "'' The" in typewriter copy has two
            std::size_t o = k;
            while (o < para.end && opener_at(t, o)) o += opener_at(t, o);
            unsigned char next = static_cast<unsigned char>(t[o < para.end ? o : k]);
            if (!is_upper(next) && !is_digit(next) && next < 0x80) {
                i = j - 1;
                continue;
            }
        }
        d.sentences.push_back({start, j});
        start = k;
        i = k > 0 ? k - 1 : 0;
    }
    if (start < para.end) d.sentences.push_back({start, para.end});
}

} // namespace

std::size_t paragraph_index(const document& d, std::size_t pos) {
    auto p = std::upper_bound(d.paragraphs.begin(), d.paragraphs.end(), pos,
                              [](std::size_t v, const span& sp) { return v < sp.start; });
    return p == d.paragraphs.begin() ? 0 : std::size_t(p - d.paragraphs.begin() - 1);
}

bool ends_sentence(std::string_view t, std::size_t dot, const rule_set& rules) {
    std::size_t b = dot;
    // (no abbreviation is long: the walk back stays short on a line of dots)
    while (b > 0 && dot - b < 24 && !is_space_before(t, b) && t[b - 1] != '(' && t[b - 1] != '"') --b;
    if (b > 0 && dot - b >= 24 && !is_space_before(t, b)) return true;
    std::string_view word = t.substr(b, dot + 1 - b);
    // "then-Gov.", "ex-Sen.": the abbreviation after a prefix
    if (auto h = word.rfind('-'); h != std::string_view::npos && h + 2 < word.size()) word = word.substr(h + 1);
    if (rules.abbreviations.count(word)) {
        std::size_t n = dot + 1;
        while (n < t.size() && (t[n] == ' ' || t[n] == '"' || t[n] == '\'')) ++n;
        std::size_t e = n;
        while (e < t.size() && ((t[e] >= 'a' && t[e] <= 'z') || (t[e] >= 'A' && t[e] <= 'Z'))) ++e;
        return n > dot + 1 && rules.sentence_openers.count(t.substr(n, e - n));
    }
    // an initial: "J." (but "I." ends a sentence less often than it starts a name)
    if (word.size() == 2 && is_upper(static_cast<unsigned char>(word[0]))) return false;
    return true;
}

document make_document(std::string id, std::string text, const rule_set& rules) {
    document d;
    d.id = std::move(id);
    d.text = std::move(text);
    std::string_view t = d.text;
    // a byte order mark is no part of the first paragraph (offsets still count it)
    std::size_t i = t.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    // lines end in LF, CRLF or a lone CR (the next of each kept: find_first_of
    // would call memchr for every byte)
    std::size_t cr = t.find('\r', i), lf = t.find('\n', i);
    while (i < t.size()) {
        if (cr < i) cr = t.find('\r', i);
        if (lf < i) lf = t.find('\n', i);
        std::size_t e = std::min({cr, lf, t.size()});
        std::size_t s = i, f = e;
        while (s < f && is_space_at(t, s)) s += (t[s] == '\xC2') ? 2 : 1;
        while (f > s && is_space_before(t, f)) f -= (t[f - 1] == '\xA0') ? 2 : 1;
        if (s < f) d.paragraphs.push_back({s, f});
        i = e + 1;
    }
    d.words = grammar::word_cache::for_text(t.data(), t.data() + t.size());
    rules.lex.warm(*d.words);
    for (auto p : d.paragraphs) split_sentences(d, p, rules);

    // A dateline opens one of the first paragraphs of wire copy.
    for (std::size_t k = 0; k < d.paragraphs.size() && k < 8; ++k) {
        const char* first = t.data() + d.paragraphs[k].start;
        const char* last = t.data() + d.paragraphs[k].end;
        const char* it = first;
        grammar::ast::range outlet;
        if (grammar::parse_with(rules.lex, grammar::dateline(), it, last, outlet) && outlet.size() < 40) {
            d.dateline = span{d.paragraphs[k].start, std::size_t(it - t.data())};
            d.publisher = std::string(outlet.begin(), outlet.end());
            break;
        }
    }
    return d;
}

line_index::line_index(std::string_view t) {
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == '\n' || (t[i] == '\r' && (i + 1 == t.size() || t[i + 1] != '\n'))) starts_.push_back(i + 1);
}

std::size_t line_index::line(std::size_t pos) const {
    return 1 + std::size_t(std::upper_bound(starts_.begin(), starts_.end(), pos) - starts_.begin());
}

std::size_t line_index::column(std::size_t pos) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), pos);
    return pos - (it == starts_.begin() ? 0 : *(it - 1)) + 1;
}

} // namespace quotegraph
