#include "relays.hpp"

#include <bit>

#include "../grammars/byte_bits.hpp"
#include "../grammars/mention.hpp"
#include "../grammars/table_word.hpp"
#include "mentions.hpp"
#include "scanner.hpp"


namespace quotegraph {

namespace {

struct relay_finder : text_scanner {
    using text_scanner::text_scanner;

    // The mention that starts at `at`, if one does and it is not a pronoun
    // (a pronoun here is the writer's shorthand, not a new source).
    std::optional<mention> mention_at(std::size_t at, std::size_t end) const {
        std::size_t n = match_length(grammar::mention(), at, end);
        if (n == 0) return std::nullopt;
        mention m = classify_mention(d, {at, at + n}, rules);
        if (m.kind == mention_kind::pronoun) return std::nullopt;
        return m;
    }

    // An outlet the rules know, by name or alias, of up to four words at `at`
    // ("dpa" is no capitalised name the mention grammar would take).
    std::optional<mention> known_source_at(std::size_t at, std::size_t end) const {
        std::optional<mention> found;
        std::size_t i = at;
        for (int words = 0; words < 4 && i < end; ++words) {
            while (i < end && (ascii_alnum(t[i]) || t[i] == '-' || t[i] == '.' ||
                               t[i] == '&' || (t[i] & 0x80)))
                ++i;
            std::size_t stop = i;
            while (stop > at && t[stop - 1] == '.') --stop; // "told AFP."
            if (auto k = rules.sources.find(t.substr(at, stop - at)); k != rules.sources.end()) {
                mention m;
                m.full = m.head = {at, stop};
                m.kind = mention_kind::organization;
                m.type = k->second.type;
                found = m;
            }
            if (i >= end || t[i] != ' ') break;
            ++i;
        }
        return found;
    }

    // "told dpa on Friday": the addressee right after a verb that names one.
    std::optional<mention> addressee(const attribution& a, std::size_t end) const {
        if (!a.verb) return std::nullopt;
        std::size_t n = match_length(grammar::addressee_verb, a.verb->where.start, end);
        if (n == 0 || a.verb->where.start + n != a.verb->where.end) return std::nullopt;
        const std::size_t at = skip_space(a.verb->where.end, end);
        auto m = mention_at(at, end);
        if (!m) m = known_source_at(at, end);
        if (m && a.source && m->full.start < a.source->full.end && a.source->full.start < m->full.end) return std::nullopt;
        return m;
    }

    // Whether a verb of speech may start in (from, end) where a mention or an
    // adverb after `from` could have ended: at a letter or digit after a
    // blank, a mark or a byte of a longer character, or after a dotted
    // acronym's last capital ("F.B.I" ends before any letter). One lookup
    // a word, where the mention parse it spares costs far more.
    bool speech_verb_after(std::size_t from, std::size_t end) const {
        const grammar::lexicon& lex = rules.lex;
        const std::uint32_t bit = 1u << lex.quote_cues.id;
        if (lex.unindexed() & bit) return true;
        auto asked = [&](std::size_t p) { return (lex.lists_at(base + p, base + end, env.cache) & bit) != 0; };
        for (std::size_t p = from + 1; p < end;) {
            // (64 bytes at a time where they and the two before them can be read)
            if (p >= 2 && p + 64 <= t.size()) {
                const grammar::byte_classes k = grammar::classes_of_64(base + p);
                const std::uint64_t alnum_before = k.alnum << 1 | std::uint64_t(ascii_alnum(t[p - 1]));
                const std::uint64_t upper_before = k.upper << 1 | std::uint64_t(ascii_upper(t[p - 1]));
                const std::uint64_t dot_two_before = k.dot << 2 | std::uint64_t(t[p - 1] == '.') << 1 | std::uint64_t(t[p - 2] == '.');
                std::uint64_t starts = (k.alnum | k.lead) & ~(alnum_before & ~(upper_before & dot_two_before));
                if (end - p < 64) starts &= (std::uint64_t(1) << (end - p)) - 1;
                for (; starts; starts &= starts - 1)
                    if (asked(p + std::size_t(std::countr_zero(starts)))) return true;
                p += 64;
                continue;
            }
            const auto c = static_cast<unsigned char>(t[p]);
            // (an entry starts with a run's first letter)
            if (ascii_alnum(char(c)) || (c >= 0xC3 && c <= 0xDF)) {
                const auto b = static_cast<unsigned char>(t[p - 1]);
                const bool after_word = ascii_alnum(char(b)) && !(ascii_upper(char(b)) && p >= 2 && t[p - 2] == '.');
                if (!after_word && asked(p)) return true;
            }
            ++p;
        }
        return false;
    }

    // A content that opens with its own source and cue: "(that) officials said …",
    // "(that) the agency had reported …".
    std::optional<mention> nested(const attribution& a) const {
        // a quotation is the speaker's own words, whoever it talks about
        if (a.kind == "direct") return std::nullopt;
        span c = a.hull();
        std::size_t i = c.start;
        if (i < c.end && (t[i] == '"' || t[i] == '\'')) ++i;
        if (t.substr(i, 5) == "that ") i += 5;
        if (!speech_verb_after(i, c.end)) return std::nullopt;
        auto m = mention_at(i, c.end);
        if (!m) return std::nullopt;
        std::size_t j = skip_space(m->full.end, c.end);
        for (int k = 0; k < 3; ++k) { // "had also", "has repeatedly"
            std::size_t n = match_length(grammar::adverb_word, j, c.end);
            if (n == 0) break;
            j = skip_space(j + n, c.end);
        }
        // (a raising verb's content holds its own subject and verb: "X appeared to …")
        // a verb of speech ("said", "reported"), not any cue: "X accepted …", "X appears to …" relay no one
        const std::size_t cue = match_length(grammar::quote_cue_word, j, c.end);
        if (cue == 0 || (a.verb && a.verb->where.start == j)) return std::nullopt;
        // and what the verb says follows it: "that", a quotation, a colon or a
        // new clause's subject ("people accused of …" says nothing)
        const std::size_t k = skip_space(j + cue, c.end);
        if (k >= c.end) return std::nullopt;
        const bool says = t[k] == '"' || t.substr(k, 3) == "\xE2\x80\x9C" || t[k] == ',' || t[k] == ':' ||
                          t.substr(k, 5) == "that " || ascii_upper(t[k]) ||
                          match_length(grammar::pronoun_word, k, c.end) > 0;
        if (!says) return std::nullopt;
        if (match_length(grammar::possessive_word, m->full.start, c.end) > 0) return std::nullopt; // "his 22 percent"
        return m;
    }

    // "…, citing a report by state television": the source named after
    // "citing" in the frame's sentence, past a reporting noun and by/from.
    std::optional<mention> citing(const attribution& a) const {
        if (!a.verb) return std::nullopt;
        const std::size_t from = a.verb->where.end;
        const std::size_t end = std::min(d.text.size(), from + 200);
        std::size_t at = t.substr(from, end - from).find("citing ");
        if (at == std::string_view::npos) return std::nullopt;
        std::size_t i = from + at + 7;
        // the citing phrase must be in the frame's sentence
        for (std::size_t k = from; k < i; ++k)
            if (t[k] == '.' || t[k] == '\n' || t[k] == '"') return std::nullopt;
        for (std::string_view joiner : {" by ", " from ", " of "}) {
            std::size_t stop = t.find_first_of(",.;\n", i);
            std::size_t j = t.substr(i, std::min(stop, end) - i).find(joiner);
            if (j != std::string_view::npos) {
                if (auto m = mention_at(i + j + joiner.size(), end)) return m;
            }
        }
        return mention_at(i, end);
    }
};

} // namespace

std::vector<relay> find_relays(const document& d, const std::vector<attribution>& atts, const rule_set& rules) {
    relay_finder f(d, rules);
    std::vector<relay> out(atts.size());
    for (std::size_t i = 0; i < atts.size(); ++i) {
        const auto& a = atts[i];
        const std::size_t end = std::min(d.text.size(), (a.verb ? a.verb->where.end : a.hull().end) + 200);
        out[i].addressee = f.addressee(a, end);
        if (auto m = f.nested(a)) out[i].origin = m, out[i].how = "nested";
        else if (auto c = f.citing(a)) out[i].origin = c, out[i].how = "citing";
    }
    return out;
}

} // namespace quotegraph
