#include "claims.hpp"
#include "document.hpp"

#include "../grammars/byte_bits.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace quotegraph {

namespace {

bool word_char(char c) { // (a table: the phrase search asks at every byte of a text)
    static constexpr auto yes = [] {
        std::array<bool, 256> a{};
        for (int b = 0; b < 256; ++b)
            a[b] = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '-' || b >= 0x80;
        return a;
    }();
    return yes[static_cast<unsigned char>(c)];
}

// Every place `phrase` stands in `text` as whole words, found once per
// document: searching each claim's paragraph again made a long paragraph cost
// claims x its length.
struct phrase_hits {
    std::vector<std::size_t> at;
    std::size_t size = 0;

    // The first hit wholly inside `scope`, or npos.
    std::size_t first_in(span scope) const {
        auto it = std::lower_bound(at.begin(), at.end(), scope.start);
        return it != at.end() && *it + size <= scope.end ? *it : std::string_view::npos;
    }
};

// Where `phrase` next stands in `text` as whole words, from `from` on, or npos.
std::size_t next_words(std::string_view text, std::string_view phrase, std::size_t from = 0) {
    for (std::size_t at = text.find(phrase, from); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        bool starts = at == 0 || !word_char(text[at - 1]);
        bool ends = at + phrase.size() == text.size() || !word_char(text[at + phrase.size()]);
        if (starts && ends) return at;
    }
    return std::string_view::npos;
}

bool has_words(std::string_view text, std::string_view phrase) { return next_words(text, phrase) != std::string_view::npos; }

// The first two bytes of the text's words, a bit each (hashed): a phrase that
// opens with a word byte stands in the text as whole words only where a word
// opens with its first two bytes. (Each attribution's source and frame are
// asked for a few dozen phrases, and hold few of them.)
class word_openings {
public:
    explicit word_openings(std::string_view text) {
        // (no branch on where words open: it was one missed at most words)
        bool after_word = false;
        for (std::size_t i = 0; i + 1 < text.size(); ++i) {
            const bool in_word = word_char(text[i]);
            bits_ |= bit(text[i], text[i + 1]) * std::uint64_t(in_word && !after_word);
            after_word = in_word;
        }
    }
    bool may_hold(std::string_view phrase) const {
        return phrase.size() < 2 || !word_char(phrase[0]) || (bits_ & bit(phrase[0], phrase[1]));
    }

private:
    static std::uint64_t bit(char a, char b) {
        return 1ull << ((static_cast<unsigned char>(a) * 7u + static_cast<unsigned char>(b)) & 63);
    }
    std::uint64_t bits_ = 0;
};

phrase_hits find_words(std::string_view text, std::string_view phrase) {
    phrase_hits h;
    h.size = phrase.size();
    for (std::size_t at = next_words(text, phrase); at != std::string_view::npos; at = next_words(text, phrase, at + 1))
        h.at.push_back(at);
    return h;
}

// Phrases to find in one pass over a text (find_all_words): each is compared
// only where a word equal to its first word starts. It turns on the rules
// alone: make_claims keeps it per thread and rule set.
struct phrase_index {
    std::vector<std::string_view> phrases;
    // (first word, phrase) by the first word's first byte: a few phrases share a byte
    std::array<std::vector<std::pair<std::string_view, std::size_t>>, 256> by_first_byte;
    // and the lengths of those first words, a bit each (63: that long or longer):
    // most words of a text have no phrase of their length and first byte
    std::array<std::uint64_t, 256> lengths{};
    std::vector<std::size_t> other; // the phrases that open with no word byte
    bool any = false;               // a phrase that opens with one

    static std::uint64_t length_bit(std::size_t n) { return std::uint64_t(1) << std::min<std::size_t>(n, 63); }

    explicit phrase_index(std::vector<std::string_view> ps) : phrases(std::move(ps)) {
        for (std::size_t k = 0; k < phrases.size(); ++k) {
            const std::string_view p = phrases[k];
            if (p.empty() || !word_char(p[0])) {
                other.push_back(k);
                continue;
            }
            std::size_t e = 0;
            while (e < p.size() && word_char(p[e])) ++e;
            by_first_byte[static_cast<unsigned char>(p[0])].emplace_back(p.substr(0, e), k);
            lengths[static_cast<unsigned char>(p[0])] |= length_bit(e);
            any = true;
        }
    }
};

// Bit i of `bits` (64 a word) set when text[i] is a word_char; the last word
// all clear. (The words of a whole text are found from these bits, 16 bytes
// classified at a time, not by asking at every byte.)
void word_char_bits(std::string_view text, std::vector<std::uint64_t>& bits) {
    bits.assign(text.size() / 64 + 2, 0);
    std::size_t i = 0;
#ifdef __SSE2__
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i alnum = grammar::ascii_alnum_bytes(x);
        const __m128i other = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')), _mm_cmplt_epi8(x, _mm_setzero_si128()));
        bits[i / 64] |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_or_si128(alnum, other)))) << (i % 64);
    }
#endif
    for (; i < text.size(); ++i)
        if (word_char(text[i])) bits[i / 64] |= std::uint64_t(1) << (i % 64);
}

// find_words for every phrase of `index`.
std::vector<phrase_hits> find_all_words(std::string_view text, const phrase_index& index) {
    const auto& phrases = index.phrases;
    std::vector<phrase_hits> hits(phrases.size());
    for (std::size_t k = 0; k < phrases.size(); ++k) hits[k].size = phrases[k].size();
    for (std::size_t k : index.other) hits[k] = find_words(text, phrases[k]);
    if (!index.any) return hits;
    thread_local std::vector<std::uint64_t> bits; // (kept text to text; let go after one of over 512 KB)
    word_char_bits(text, bits);
    grammar::for_each_run(bits, [&](std::size_t i, std::size_t j) {
        if (!(index.lengths[static_cast<unsigned char>(text[i])] & phrase_index::length_bit(j - i))) return;
        const std::string_view word = text.substr(i, j - i);
        for (const auto& [first, k] : index.by_first_byte[static_cast<unsigned char>(text[i])]) {
            const std::string_view p = phrases[k];
            if (word == first && text.compare(i, p.size(), p) == 0 &&
                (i + p.size() == text.size() || !word_char(text[i + p.size()])))
                hits[k].at.push_back(i);
        }
    });
    if (bits.capacity() > 8192) bits = {};
    return hits;
}

// The span of `spans` (sorted, disjoint) that holds `pos`, or the whole text.
span around(const std::vector<span>& spans, std::size_t pos, std::size_t text_size) {
    auto it = std::upper_bound(spans.begin(), spans.end(), pos, [](std::size_t v, const span& s) { return v < s.start; });
    if (it != spans.begin() && pos < (it - 1)->end) return *(it - 1);
    return {0, text_size};
}

bool capital_at(std::string_view t, std::size_t i) { return i < t.size() && ascii_upper(t[i]); }

// The capitalised words of `t` (with their offsets).
std::vector<std::pair<std::size_t, std::string_view>> capitalised_words(std::string_view t) {
    std::vector<std::pair<std::size_t, std::string_view>> out;
    for (std::size_t i = 0; i < t.size();) {
        if (!word_char(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && word_char(t[j])) ++j;
        if (capital_at(t, i)) out.emplace_back(i, t.substr(i, j - i));
        i = j;
    }
    return out;
}

// "Kazakh" for "Kazakhstan", "Chinese" for "China": a capitalised word that
// shares at least four first letters with a place (its demonym, mostly).
bool names_place(std::string_view word, std::string_view place) {
    if (word == place) return true;
    std::size_t n = 0;
    while (n < word.size() && n < place.size() && word[n] == place[n]) ++n;
    return n >= 4 && place.find(' ') == std::string_view::npos;
}

// The place a "cannot be verified" sentence is about, and the words that name
// it in this document: the place itself, its demonym, and the towns written
// "Town, Place". For "the country" / "the city" with no place in the sentence,
// the place the document names most often.
struct place_scope {
    std::string place;
    std::vector<std::string> words;
    std::vector<std::string> others; // every other known place
};

place_scope place_of(const document& d, span sentence, const rule_set& rules) {
    const std::string_view t = d.text;
    place_scope p;
    for (auto [at, w] : capitalised_words(d.slice(sentence))) {
        if (rules.places.count(w)) { p.place = w; break; }
    }
    if (p.place.empty()) {
        // "the country's internet": the place the document names most; with no
        // such words, or no place in the document, the phrase concerns all it relays
        const std::string low = lower(d.slice(sentence));
        bool refers = false;
        for (std::string_view r : {"the country", "the city", "the region", "the area", "the territory", "the province"})
            refers = refers || has_words(low, r);
        if (!refers) return p;
        std::map<std::string_view, int> counts;
        for (auto [at, w] : capitalised_words(t))
            if (rules.places.count(w)) ++counts[w];
        int best = 0;
        for (auto [w, n] : counts)
            if (n > best) best = n, p.place = w;
        if (p.place.empty()) return p;
    }
    p.words.push_back(p.place);
    const std::string comma_place = ", " + p.place;
    for (std::size_t at = t.find(comma_place); at != std::string_view::npos; at = t.find(comma_place, at + 1)) {
        std::size_t e = at, b = at;
        while (b > 0 && word_char(t[b - 1])) --b;
        if (b < e && capital_at(t, b)) p.words.emplace_back(t.substr(b, e - b));
    }
    for (const auto& other : rules.places)
        if (other != p.place) p.others.push_back(other);
    return p;
}

// The capitalised words of a document that name the place of a scope, and
// those that name another place.
struct place_words {
    std::vector<span> named, other;
};

place_words words_for(const std::vector<std::pair<std::size_t, std::string_view>>& caps, const place_scope& p) {
    place_words out;
    for (const auto& [at, word] : caps) {
        const std::string_view w = word; // (clang 14 lambdas cannot capture a structured binding)
        const span s{at, at + w.size()};
        if (std::any_of(p.words.begin(), p.words.end(), [&](const std::string& pw) { return names_place(w, pw); }))
            out.named.push_back(s);
        else if (std::any_of(p.others.begin(), p.others.end(), [&](const std::string& o) { return names_place(w, o); }))
            out.other.push_back(s);
    }
    return out;
}

// Is the claim relayed from the place: does its sentence or source name it,
// or, naming no other place, does it sit in an article about it?
bool from_place(const place_words& w, span where) {
    auto any_inside = [&](const std::vector<span>& v) {
        auto it = std::lower_bound(v.begin(), v.end(), where.start, [](const span& s, std::size_t x) { return s.start < x; });
        return it != v.end() && it->end <= where.end;
    };
    return any_inside(w.named) || !any_inside(w.other);
}

} // namespace

std::string canonical_source(std::string_view name, const rule_set& rules) {
    if (auto k = rules.sources.find(name); k != rules.sources.end()) return k->second.name;
    return std::string(name);
}

std::string verdict_of(const std::vector<flag>& flags, bool has_speaker, std::string_view kind, const verdict_rules& v) {
    int weight = 0;
    for (const auto& f : flags)
        if (auto w = v.weights.find(f.id); w != v.weights.end()) weight += w->second;
    const auto& kinds = v.on_record_kinds;
    if (!has_speaker || weight >= v.unverifiable_at) return "unverifiable";
    if (weight >= v.needs_check_at || std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) return "needs_check";
    return "on_record";
}

namespace {

// Why the publisher has the claim at second hand, or "": the source passes on
// another's words, is another outlet, or told another outlet.
// (`publisher`: the document's, canonical)
std::string relayed_reason(const document& d, const attribution& a, const entity* e, const relay& r,
                           const std::string& publisher, const rule_set& rules) {
    const std::string who = e ? e->name : a.source ? std::string(d.slice(a.source->full)) : std::string("the source");
    if (r.origin)
        return "'" + who + "' passes on what '" + std::string(d.slice(r.origin->full)) + "' said" +
               (r.how == "citing" ? " (citing)" : "");
    if (e && e->type == "media" && e->name != publisher)
        return "the claim is relayed from another outlet, '" + e->name + "'" +
               (publisher.empty() ? std::string() : ", by '" + publisher + "'");
    if (r.addressee) {
        const std::string to = canonical_source(d.slice(r.addressee->head), rules);
        auto k = rules.sources.find(to);
        if (k != rules.sources.end() && k->second.type == "media" && to != publisher && !publisher.empty())
            return "'" + who + "' told '" + to + "'; '" + publisher + "' relays it";
    }
    return {};
}

} // namespace

std::vector<claim> make_claims(const document& d, const std::vector<attribution>& atts,
                               const resolution_result& res, const std::vector<relay>& relays,
                               const rule_set& rules) {
    std::vector<claim> out;
    if (atts.empty()) return out; // (no claim needs the phrase and place lookups below)
    out.reserve(atts.size());
    const bool any_phrases = std::any_of(rules.flag_rules.begin(), rules.flag_rules.end(),
                                         [](const flag_rule& f) {
                                             return !f.phrases.empty() || !f.frame_phrases.empty() || !f.place_phrases.empty();
                                         });
    const std::string text = any_phrases ? lower(d.text) : std::string();
    // place-scoped phrases: where each stands and the place it is about
    struct place_trigger {
        std::size_t at, size;
        place_scope place;
        place_words words;
    };
    std::map<std::size_t, std::vector<place_trigger>> place_triggers; // by flag rule
    std::vector<std::pair<std::size_t, std::string_view>> caps;
    // the other phrases, where they stand in the whole text: by flag rule, then phrase
    std::vector<std::vector<phrase_hits>> phrase_at(rules.flag_rules.size());
    // every rule's place phrases and phrases, in that order (views of the rules'
    // strings: asked for only while the rule set that has them is the one kept)
    struct kept_index {
        std::uint64_t rules = 0;
        std::optional<phrase_index> index;
    };
    thread_local kept_index kept;
    if (!kept.index || kept.rules != rules.serial.value) {
        std::vector<std::string_view> all_phrases;
        for (const auto& f : rules.flag_rules) {
            all_phrases.insert(all_phrases.end(), f.place_phrases.begin(), f.place_phrases.end());
            all_phrases.insert(all_phrases.end(), f.phrases.begin(), f.phrases.end());
        }
        kept.index.emplace(std::move(all_phrases));
        kept.rules = rules.serial.value;
    }
    std::vector<phrase_hits> all_hits = find_all_words(text, *kept.index);
    auto next_hits = all_hits.begin();
    for (std::size_t r = 0; r < rules.flag_rules.size(); ++r) {
        const auto& f = rules.flag_rules[r];
        for (const auto& p : f.place_phrases) {
            const phrase_hits& hits = *next_hits++;
            if (hits.at.empty()) continue;
            const std::size_t at = hits.at.front();
            if (caps.empty()) caps = capitalised_words(d.text);
            place_trigger pt{at, p.size(), place_of(d, around(d.sentences, at, d.text.size()), rules), {}};
            pt.words = words_for(caps, pt.place);
            place_triggers[r].push_back(std::move(pt));
        }
        for (std::size_t k = 0; k < f.phrases.size(); ++k) phrase_at[r].push_back(std::move(*next_hits++));
    }
    std::optional<line_index> lines; // built when a reason first needs a line number
    auto line_of = [&](std::size_t pos) {
        if (!lines) lines.emplace(d.text);
        return lines->line(pos);
    };
    const std::string publisher = d.publisher.empty() ? std::string() : canonical_source(d.publisher, rules);
    for (std::size_t i = 0; i < atts.size(); ++i) {
        const auto& a = atts[i];
        claim c;
        // (one block for every flag a claim may get, corroborate's included: the
        // graph's flags are copied back into it without another)
        c.flags.reserve(rules.flag_rules.size());
        c.who = res.speakers[i];
        const entity* e = c.who ? &res.entities[c.who->entity] : nullptr;
        const std::size_t pos = a.hull().start;
        const std::string source = a.source ? lower(d.slice(a.source->full)) : std::string();
        std::optional<word_openings> source_openings, frame_openings; // (when first asked)
        for (std::size_t r = 0; r < rules.flag_rules.size(); ++r) {
            const auto& f = rules.flag_rules[r];
            std::string reason;
            if (e && std::find(f.speaker_types.begin(), f.speaker_types.end(), e->type) != f.speaker_types.end())
                reason = "the source '" + e->name + "' is not named: " + (e->type == "group" ? "a group" : "a description");
            if (reason.empty() && a.verb && std::find(f.classes.begin(), f.classes.end(), a.verb->cls) != f.classes.end())
                reason = "cue '" + std::string(d.slice(a.verb->where)) + "' is " + std::string(a.verb->cls);
            if (reason.empty() && f.state_controlled && e)
                if (auto k = rules.sources.find(e->name); k != rules.sources.end() && k->second.state_controlled)
                    reason = "'" + e->name + "' is state-controlled";
            if (reason.empty() && a.source) {
                if (!f.source_phrases.empty() && !source_openings) source_openings.emplace(source);
                for (const auto& p : f.source_phrases)
                    if (source_openings->may_hold(p) && has_words(source, p)) {
                        reason = "'" + p + "' in the source's name, '" + std::string(d.slice(a.source->full)) + "'";
                        break;
                    }
            }
            if (reason.empty() && !f.frame_phrases.empty() && a.verb) {
                // the frame with the few words before it: "it is believed", "is said to"
                const std::size_t lo = a.source ? std::min(a.source->full.start, a.verb->where.start) : a.verb->where.start;
                const std::size_t from = std::max(around(d.sentences, a.verb->where.start, d.text.size()).start,
                                                  lo - std::min<std::size_t>(lo, 24));
                const std::size_t to = std::min(d.text.size(), a.verb->where.end + 8);
                const std::string_view in = std::string_view(text).substr(from, to - from);
                if (!frame_openings) frame_openings.emplace(in);
                for (const auto& p : f.frame_phrases)
                    if (std::size_t at = frame_openings->may_hold(p) ? next_words(in, p) : std::string_view::npos;
                        at != std::string_view::npos && from + at < a.verb->where.end && from + at + p.size() > a.verb->where.start) {
                        reason = "'" + std::string(d.slice({from + at, from + at + p.size()})) + "' names no one";
                        break;
                    }
            }
            if (reason.empty() && f.relayed && i < relays.size())
                reason = relayed_reason(d, a, e, relays[i], publisher, rules);
            if (reason.empty() && !f.place_phrases.empty()) {
                const bool named_person = e && e->type == "person";
                if (auto pt = place_triggers.find(r); pt != place_triggers.end() && !named_person) {
                    span where = around(d.sentences, pos, d.text.size());
                    if (a.source) where = {std::min(where.start, a.source->full.start), std::max(where.end, a.source->full.end)};
                    for (const auto& p : pt->second)
                        if (from_place(p.words, where)) {
                            reason = "'" + std::string(d.slice({p.at, p.at + p.size})) + "' (line " +
                                     std::to_string(line_of(p.at)) + ")" +
                                     (p.place.place.empty() ? std::string(" for what the article relays")
                                                            : " for what comes from " + p.place.place);
                            break;
                        }
                }
            }
            if (reason.empty() && !f.phrases.empty()) {
                const span scope = f.scope == phrase_scope::document    ? span{0, d.text.size()}
                                   : f.scope == phrase_scope::paragraph ? around(d.paragraphs, pos, d.text.size())
                                                                        : around(d.sentences, pos, d.text.size());
                for (std::size_t k = 0; k < f.phrases.size(); ++k)
                    if (std::size_t at = phrase_at[r][k].first_in(scope); at != std::string_view::npos) {
                        reason = "'" + std::string(d.slice({at, at + f.phrases[k].size()})) + "' in the same " +
                                 std::string(to_string(f.scope)) + " (line " + std::to_string(line_of(at)) + ")";
                        break;
                    }
            }
            if (!reason.empty()) c.flags.push_back({f.flag, std::move(reason)});
        }
        c.verdict = verdict_of(c.flags, e != nullptr, a.kind, rules.verdicts);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace quotegraph
