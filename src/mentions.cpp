#include "mentions.hpp"

#include <boost/unordered/unordered_flat_map.hpp>

#include <array>
#include <optional>

#include "../grammars/chars.hpp"
#include "../grammars/mention.hpp"
#include "../grammars/table_word.hpp"
#include "document.hpp"
#include "scanner.hpp"

namespace quotegraph {

namespace {

using grammar::iterator_type;
namespace x3 = boost::spirit::x3;

// Parses `rule` at the start of s; the length it covers, or 0.
template <typename Rule>
std::size_t covers(const document& d, span s, const Rule& rule, const rule_set& rules) {
    const char* first = d.text.data() + s.start;
    const char* it = first;
    if (!grammar::parse_with(env_for(d, rules), rule, it, d.text.data() + s.end)) return 0;
    return std::size_t(it - first);
}

span trim(const document& d, span s) {
    std::string_view t = d.text;
    s = whole_chars(t, s);
    // (a no-break space is two bytes: step over both)
    while (s.start < s.end && (is_space_at(t, s.start) || t[s.start] == ','))
        s.start += t[s.start] == '\xC2' ? 2 : 1;
    while (s.end > s.start && (is_space_before(t, s.end) || t[s.end - 1] == ','))
        s.end -= t[s.end - 1] == '\xA0' ? 2 : 1;
    return s;
}

// Strips modifiers and titles off a titled name: "local President X Y" -> "X Y".
span strip_titles(const document& d, span s, const rule_set& rules, std::vector<std::string>& roles) {
    std::string_view t = d.text;
    std::size_t name_start = s.start;
    std::size_t i = s.start;
    const grammar::parse_env env = env_for(d, rules);
    while (i < s.end) {
        const char* it = t.data() + i;
        int v;
        if (grammar::parse_with(env, grammar::title_word, it, t.data() + s.end, v) &&
            [&] { // "King" in "Martin Luther King Jr." is no title
                const char* rest = it;
                x3::parse(rest, t.data() + s.end, grammar::chars::opt_ws);
                return !grammar::parse_with(env, grammar::name_suffix, rest, t.data() + s.end, v);
            }()) {
            roles.emplace_back(t.data() + i, it);
            name_start = std::size_t(it - t.data());
            i = name_start;
        }
        // titles can follow modifiers ("Foreign Office spokesperson"): keep looking
        while (i < s.end && !is_space_at(t, i)) ++i;
        while (i < s.end && is_space_at(t, i)) i += t[i] == '\xC2' ? 2 : 1;
    }
    span n{name_start, s.end};
    return trim(d, n);
}

std::string_view type_of_name(const document& d, span head, const rule_set& rules) {
    const std::string_view name = d.slice(head);
    if (auto k = rules.sources.find(name); k != rules.sources.end()) return k->second.type;
    for (std::string_view article : {"the ", "The "}) // "the AP"
        if (name.starts_with(article))
            if (auto k = rules.sources.find(name.substr(article.size())); k != rules.sources.end()) return k->second.type;
    if (rules.places.count(name)) return "government";
    // "the Interior Ministry", "State Television": the last word says what it is
    auto last_space = name.find_last_of(' ');
    const std::string lower = quotegraph::lower(last_space == std::string_view::npos ? name : name.substr(last_space + 1));
    if (auto n = rules.noun_types.find(lower); n != rules.noun_types.end() &&
        (n->second == "organization" || n->second == "media" || n->second == "government"))
        return n->second;
    if (name.starts_with("the ") || name.starts_with("The ")) return "organization";
    return "person";
}

} // namespace

int pronoun_class(std::string_view word, const rule_set& rules) {
    if (auto* v = rules.lex.pronouns.find(word)) return *v;
    if (auto* v = rules.lex.possessives.find(word)) return *v;
    return -1;
}

mention_candidates candidates(const document& d, span s, const rule_set& rules) {
    const grammar::parse_env env = env_for(d, rules);
    const char* base = d.text.data();
    // the lists with an entry that may start one of the words (as chars::ws
    // separates them), and whether one starts with a digit
    std::uint32_t lists = 0;
    bool digit = false;
    const char* const last = base + s.end;
    for (const char* p = base + s.start; p < last;) {
        lists |= env.lex->lists_at(p, last, env.cache);
        digit = digit || (*p >= '0' && *p <= '9');
        x3::parse(p, last, *(x3::char_ - grammar::chars::blank) >> grammar::chars::opt_ws);
    }
    const auto& lex = rules.lex;
    const auto any = [&](const auto&... list) { return (lists & ((1u << list.id) | ...)) != 0; };
    mention_candidates out;
    // a description's head is a role or a title ("46-year-old" too), or it is a lone "others"
    out.description = any(lex.person_nouns, lex.titles, lex.lone_determiners) || digit;
    out.group = any(lex.group_nouns);
    out.organization = any(lex.org_nouns);
    out.titled_name = any(lex.titles, lex.person_nouns);
    return out;
}

bool counts_people(const document& d, span s, const rule_set& rules) {
    std::string_view text = d.slice(s);
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = text.find(' ', i);
        if (j == std::string_view::npos) j = text.size();
        // (lower-cased only when it has a capital, on the stack unless it is long)
        const std::string_view as_is = text.substr(i, j - i);
        std::array<char, 32> small;
        std::string long_word;
        std::string_view word = as_is;
        if (std::any_of(as_is.begin(), as_is.end(), ascii_upper)) {
            if (as_is.size() <= small.size()) {
                std::transform(as_is.begin(), as_is.end(), small.begin(), ascii_lower);
                word = {small.data(), as_is.size()};
            } else {
                long_word = lower(as_is);
                word = long_word;
            }
        }
        if (word.empty()) return false;
        if (word[0] >= '0' && word[0] <= '9') return true;
        const auto counting = rules.counting_words.find(word);
        if (counting == rules.counting_words.end()) return false;
        if (counting->second == 'q') return true;
        i = j;
    }
    return false;
}

namespace {

mention classify_anew(const document& d, span s, const rule_set& rules) {
    using grammar::description, grammar::group, grammar::organization, grammar::pronoun,
        grammar::titled_name, grammar::name;
    mention m;
    s = trim(d, s);
    m.full = s;
    m.head = s;
    if (covers(d, s, pronoun(), rules) == s.size()) {
        m.kind = mention_kind::pronoun;
        return m;
    }
    // "26%", "one in five", "nearly half of voters": a share of people
    if (counts_people(d, s, rules)) {
        m.kind = mention_kind::group;
        m.type = "group";
        return m;
    }
    // The kind whose grammar covers most of the span wins ("one of two
    // witnesses" is a group, not the lone "one"); earlier kinds win ties.
    const mention_candidates may = candidates(d, s, rules);
    const std::size_t n_desc = may.description ? covers(d, s, description(), rules) : 0,
                      n_group = may.group ? covers(d, s, group(), rules) : 0,
                      n_org = may.organization ? covers(d, s, organization(), rules) : 0,
                      n_name = std::max(may.titled_name ? covers(d, s, titled_name(), rules) : 0, covers(d, s, name(), rules));
    const std::size_t best = std::max({n_desc, n_group, n_org, n_name});
    if (best && n_desc == best) {
        m.kind = mention_kind::description;
        m.head = trim(d, {s.start, s.start + n_desc});
        m.type = "unnamed";
        return m;
    }
    if (best && n_group == best) {
        m.kind = mention_kind::group;
        m.head = trim(d, {s.start, s.start + n_group});
        m.type = "group";
        return m;
    }
    if (best && n_org == best) {
        m.kind = mention_kind::organization;
        m.head = trim(d, {s.start, s.start + n_org});
        std::string last(d.slice(m.head));
        last = last.substr(last.find_last_of(' ') == std::string::npos ? 0 : last.find_last_of(' ') + 1);
        auto nt = rules.noun_types.find(last);
        m.type = nt != rules.noun_types.end() && (nt->second == "media" || nt->second == "government") ? nt->second
                                                                                                        : "organization";
        return m;
    }
    // No grammar knows it and a lower-case word shows it is no name: a noun
    // phrase the lists lack ("the same polling", "Teachers unions")
    if (!best) {
        std::string_view text = d.slice(s);
        bool lower = false;
        for (std::size_t i = 0; i < text.size(); ++i)
            if ((i == 0 || text[i - 1] == ' ') && text[i] >= 'a' && text[i] <= 'z') lower = true;
        if (lower) {
            m.kind = mention_kind::description;
            m.type = "unnamed";
            return m;
        }
    }
    std::size_t n = n_name ? n_name : s.size();
    m.kind = mention_kind::name;
    m.head = strip_titles(d, {s.start, s.start + n}, rules, m.roles);
    if (auto b = d.slice(m.head).rfind(" ("); b != std::string_view::npos && d.slice(m.head).ends_with(")"))
        m.head.end = m.head.start + b; // "Bobby Scott (D-Va.)" is Bobby Scott
    for (std::string_view poss : {"'s", "\xE2\x80\x99s"}) // "Karl Berg's" is Karl Berg
        if (d.slice(m.head).ends_with(poss) && m.head.size() > poss.size() + 1) m.head.end -= poss.size();
    if (m.head.size() == 0) m.head = s;
    m.type = type_of_name(d, m.head, rules);
    return m;
}

} // namespace

mention classify_mention(const document& d, span s, const rule_set& rules) {
    // The answer turns on the span's text alone (the grammars see nothing
    // around it), and news copy names the same people and bodies in article
    // after article: each thread keeps the answers of its last texts, with
    // spans from the span's start, up to a bound.
    // (2,048, about 1 MB a thread, the last thirty or so articles' texts: with
    // 8,192, 4 MB, the lookups took a third more of the wall-time samples,
    // the answers kept longer not asked for often enough to make up for it)
    constexpr std::size_t most = 2048, key_bytes = 64 * 1024;
    struct answers {
        std::uint64_t rules = 0;
        // (the texts are views of `keys`, filled up to its first capacity and
        // never grown: a string of its own was an allocation an answer)
        boost::unordered_flat_map<std::string_view, mention, string_hash> by_text;
        std::string keys;
        answers() { keys.reserve(key_bytes); }
        void clear() {
            by_text.clear();
            keys.clear();
        }
    };
    thread_local answers kept;
    if (kept.rules != rules.serial.value) {
        kept.clear();
        kept.rules = rules.serial.value;
    }
    // (spans kept from the span's start: both lie at or after it)
    auto move_spans = [](mention& m, std::size_t from, std::size_t to) {
        for (span* x : {&m.full, &m.head}) *x = {x->start - from + to, x->end - from + to};
    };
    const std::string_view text = d.slice(s);
    auto it = kept.by_text.find(text);
    if (it == kept.by_text.end()) {
        mention m = classify_anew(d, s, rules);
        if (text.size() > key_bytes) return m; // (no room for it)
        if (kept.by_text.size() >= most || kept.keys.size() + text.size() > kept.keys.capacity()) kept.clear();
        move_spans(m, s.start, 0);
        const std::size_t at = kept.keys.size();
        kept.keys.append(text);
        it = kept.by_text.emplace(std::string_view(kept.keys).substr(at, text.size()), std::move(m)).first;
    }
    mention m = it->second;
    move_spans(m, 0, s.start);
    return m;
}

// A span of one word (no blank or comma in it) with no title at its start:
// at most a name of one word without a title, which find_names leaves out.
static bool lone_untitled_word(const document& d, span s, const grammar::parse_env& env) {
    const std::string_view text = d.slice(s);
    for (char c : text) // (blanks, and the first byte of a no-break space)
        if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == '\xC2') return false;
    const char* it = text.data();
    int v;
    return !grammar::parse_with(env, grammar::title_word, it, text.data() + text.size(), v);
}

std::vector<mention> find_names(const document& d, const rule_set& rules) {
    std::vector<mention> out;
    std::string_view t = d.text;
    const char* base = t.data();
    const grammar::parse_env env = env_for(d, rules);
    // (to the next capital, or C3 that opens an accented one)
    static constexpr byte_set capitals = byte_set{}.with('A', 'Z').with(0xC3);
    for (auto p : d.paragraphs) {
        std::size_t i = p.start;
        while (i < p.end) {
            i = first_in(t, i, p.end, capitals);
            if (i == p.end) break;
            // (a capital, or C3, where a word may start)
            if (i == p.start || is_space_before(t, i) || t[i - 1] == '(' || t[i - 1] == '"' ||
                (i >= 3 && t.substr(i - 3, 2) == "\xE2\x80")) {
                const char* it = base + i;
                if (grammar::parse_with(env, grammar::titled_name(), it, base + p.end) ||
                    (it = base + i, grammar::parse_with(env, grammar::name(), it, base + p.end))) {
                    const std::size_t end = std::size_t(it - base);
                    if (lone_untitled_word(d, {i, end}, env)) {
                        i = end;
                        continue;
                    }
                    if (mention m = classify_mention(d, {i, end}, rules); m.kind == mention_kind::name)
                        out.push_back(std::move(m));
                    i = end;
                    continue;
                }
            }
            ++i;
        }
    }
    return out;
}

} // namespace quotegraph
