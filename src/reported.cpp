#include "reported.hpp"

#include "../grammars/ast_adapted.hpp"
#include "../grammars/byte_bits.hpp"
#include "../grammars/chars.hpp"
#include "../grammars/clauses.hpp"
#include "../grammars/mention.hpp"
#include "../grammars/table_word.hpp"
#include "document.hpp"
#include "mentions.hpp"
#include "scanner.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace quotegraph {

namespace {

using grammar::ast::range;
using grammar::raising_kind;

struct reporter : text_scanner {
    std::vector<span> quotes;   // top-level quotations
    // Per byte, what the byte scans of trailing, inserted and clause_end stop
    // at (bits below): one pass over the text, then each scan skips the bytes
    // with none of its bits eight at a time.
    std::vector<std::uint8_t> marks;
    std::vector<std::uint64_t> word_starts; // word_start_bits of the text
    enum : std::uint8_t {
        in_quotation = 1,     // inside a top-level quotation (asked at nearly every word)
        comma = 2,
        apostrophe = 4,
        space_a = 8,          // a space before 'a' ("according to")
        clause_mark = 16,     // , ; : - or a dash's first byte
        quotation_ends = 32,  // the byte after a quotation
        after_quotation = 64, // the byte after a quotation's byte or an apostrophe
        quotation_last = 128, // a quotation's last byte
    };
    std::vector<span> occupied; // direct attributions' contents and frames, by start
    std::vector<std::size_t> occupied_reach; // the furthest end among occupied[0..i]
    std::vector<attribution> out;
    std::size_t consumed_until = 0; // sentences a typewriter quotation took in
    std::vector<mention> direct_sources; // the sources of direct speech, by position
    std::vector<std::size_t> sentence_words; // leading's word starts (one buffer for every sentence)
    std::vector<std::size_t> sentence_cues;  // ... and those of its cues
    std::vector<std::uint8_t> word_kinds;    // ... and what each may be in a mention (mention_starts::word_kind)
    const grammar::mention_starts mention_starts{rules.lex};
    // cue_after's sentence, how far back from its end it has looked, and the
    // last start of a cue it found there (npos: none yet)
    span cue_sentence{0, 0};
    std::size_t cue_unscanned = 0, last_cue = std::string_view::npos;

    reporter(const document& doc, const rule_set& r) : text_scanner(doc, r) {
        // (room for a long sentence's words up front, not a block per doubling)
        sentence_words.reserve(64);
        sentence_cues.reserve(16);
        word_kinds.reserve(64);
    }

    // (through the word cache, where the cue's words were looked up as it was
    // found, not the list's string map: its nodes were a cache miss a call)
    const grammar::cue_info* cue_of(span s) const {
        int v;
        return whole_word(grammar::cue_word, s, &v) ? &rules.lex.cue_infos[v] : nullptr;
    }

    cue make_cue(span s, const char* lemma = nullptr) const {
        cue c;
        c.where = s;
        if (lemma) {
            c.lemma = lemma;
            c.cls = "neutral";
        } else if (auto* info = cue_of(s)) {
            c.lemma = info->lemma;
            c.cls = info->cls;
        }
        return c;
    }

    bool in_quote(std::size_t pos) const {
        return pos < marks.size() && (marks[pos] & in_quotation);
    }

    // The first position in [i, end) whose marks have a bit of `mask`; end if none.
    std::size_t next_marked(std::size_t i, std::size_t end, std::uint8_t mask) const {
        const std::uint64_t m = 0x0101010101010101ull * mask;
        return first_stop(std::string_view(reinterpret_cast<const char*>(marks.data()), end), i, end,
                          [m](std::uint64_t v) { return v & m; }, [&](std::size_t k) { return (marks[k] & mask) != 0; });
    }
    // The last position + 1 in [lo, i) whose marks have a bit of `mask`; lo if
    // none (next_marked's scan, backwards).
    std::size_t prev_marked(std::size_t lo, std::size_t i, std::uint8_t mask) const {
        const std::uint64_t m = 0x0101010101010101ull * mask;
        for (; i >= lo + 8; i -= 8) {
            std::uint64_t v;
            std::memcpy(&v, marks.data() + i - 8, 8);
            if (!(v & m)) continue;
            if constexpr (std::endian::native == std::endian::little)
                return i - 8 + std::size_t(63 - std::countl_zero(v & m)) / 8 + 1;
            break;
        }
        while (i > lo && !(marks[i - 1] & mask)) --i;
        return i;
    }

    // Some occupied span starting before s ends reaches past s's start.
    bool overlaps_occupied(span s) const {
        auto k = std::lower_bound(occupied.begin(), occupied.end(), s.end,
                                  [](const span& o, std::size_t v) { return o.start < v; }) - occupied.begin();
        return k > 0 && occupied_reach[k - 1] > s.start;
    }

    // The word starting at i (letters, digits, inner marks), or empty.
    std::string_view word_at(std::size_t i, std::size_t end) const {
        // (asked at nearly every word: a table, not a search of the marks per byte)
        static constexpr auto stops = [] {
            std::array<bool, 256> a{};
            for (unsigned char c : std::string_view(",;:.!?\"()\xE2")) a[c] = true;
            return a;
        }();
        // (every stop and blank is below '@', or E2 or C2: letters pass eight at a time)
        const std::size_t j = first_stop(
            t, i, end, [](std::uint64_t v) { return bytes_below(v, '@') | bytes_equal(v, 0xE2) | bytes_equal(v, 0xC2); },
            [this](std::size_t k) { return stops[static_cast<unsigned char>(t[k])] || is_space_at(t, k); });
        return t.substr(i, j - i);
    }

    [[gnu::always_inline]] std::size_t next_word(std::size_t i, std::size_t end) const {
        return next_word_start(word_starts, t, i, end);
    }

    // Trims blanks and the sentence's final stop off a content span.
    span trim_content(span s) const {
        s.start = skip_space(s.start, s.end);
        // "added, ''We lost …''", "said: the plan …": the punctuation after the verb
        while (s.start < s.end && (t[s.start] == ',' || t[s.start] == ':')) s.start = skip_space(s.start + 1, s.end);
        auto trailing_stops = [&] {
            while (s.end > s.start && (is_space_before(t, s.end) || t[s.end - 1] == ',' || t[s.end - 1] == ';' ||
                                       t[s.end - 1] == '.' || t[s.end - 1] == ':'))
                --s.end;
        };
        trailing_stops();
        // "(According to X, it does not …)": the bracket closes around the frame
        if (s.end > s.start && t[s.end - 1] == ')' && d.slice(s).find('(') == std::string_view::npos) {
            --s.end;
            trailing_stops();
        }
        return s;
    }

    std::string_view kind_of(span content) const {
        for (const auto& q : quotes)
            if (q.start >= content.start && q.start < content.end) return "mixed";
        return "indirect";
    }

    // Where the reported clause begins after a verb ending at `i`:
    // `told the press in Beijing that …`, `claimed, as he issued the order, that …`,
    // `asked Cole how …`, `said he …`.
    static bool day_word(std::string_view w) {
        static constexpr std::string_view days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                    "Saturday", "Sunday", "yesterday", "today", "tonight"};
        return std::find(std::begin(days), std::end(days), w) != std::end(days);
    }

    std::size_t clause_start(std::size_t i, std::size_t end, const grammar::cue_info* info) const {
        i = skip_space(i, end);
        if (info && info->object) {
            // "told reporters that …" leaves the addressee out; "urged the senator to
            // stick to the issues" keeps it in
            const char* it = base + i;
            if (grammar::parse_with(env, grammar::mention(), it, base + end)) {
                // a relative "that" the mention swallowed is the clause's: "told reporters that …"
                std::size_t object_end = std::size_t(it - base);
                if (auto that = d.slice({i, object_end}).find(" that "); that != std::string_view::npos)
                    object_end = i + that;
                std::size_t after = skip_space(object_end, end);
                std::string_view next = word_at(after, end);
                const char* lt = base + after;
                int v;
                if (next == "that" || next == "whether" || next == "if" || next == "how" || next == "why" ||
                    next == "what" || next == "when" || (after < end && t[after] == ',') ||
                    (next != "to" && grammar::parse_with(env, grammar::lead_in_table, lt, base + end, v)))
                    i = after;
            }
        }
        // a "that" a few words on: after a lead-in ("in a statement on Monday that")
        // or an interrupting clause ("claimed, as he issued the order, that")
        {
            const char* it = base + i;
            int v;
            bool lead = (i < end && t[i] == ',') ||
                        grammar::parse_with(env, grammar::lead_in_table, it, base + end, v);
            // "told a parliamentary hearing last week that …": an object the
            // mention grammar does not know
            if (!lead && !(info && info->object)) return i;
        }
        std::size_t w = i;
        int commas = 0;
        for (int n = 0; n < 14 && w < end; ++n) {
            std::string_view word = word_at(w, end);
            if (word == "that") return w;
            // "hopes to make a statement in a contest that …": an infinitive, not
            // a lead-in like "to reporters"
            if (word == "to" && !match_length(grammar::mention(), next_word(w, end), end)) break;
            std::size_t after = w + word.size();
            if (after < end && t[after] == ',') ++commas;
            if (commas > 2 || (after < end && std::string_view(";:.!?").find(t[after]) != std::string_view::npos)) break;
            w = next_word(w, end);
        }
        // "said Wednesday she wants …", "said on Monday night the vote …", "must declare
        // publicly if …": a day or a manner before a clause with no "that"
        static constexpr std::string_view manners[] = {"publicly", "privately", "repeatedly"};
        static constexpr std::string_view parts[] = {"night", "morning", "afternoon", "evening"};
        std::size_t k = i;
        if (word_at(k, end) == "on") k = next_word(k, end);
        if (std::string_view when = word_at(k, end);
            k < end && (day_word(when) || std::find(std::begin(manners), std::end(manners), when) != std::end(manners))) {
            std::size_t after = k + word_at(k, end).size();
            if (after < end && t[after] == ',') return i;
            k = next_word(k, end);
            if (k < end && std::find(std::begin(parts), std::end(parts), word_at(k, end)) != std::end(parts))
                k = next_word(k, end);
            return k < end ? k : i;
        }
        return i;
    }

    // Where a finite reporting verb starts at or after w, past adverbs
    // ("also contended"); npos if none does.
    std::size_t finite_cue_at(std::size_t w, std::size_t end) const {
        for (int n = 0; n < 3 && w < end; ++n) {
            const char* it = base + w;
            int v;
            if (grammar::parse_with(env, grammar::cue_word, it, base + end, v)) {
                const auto& info = rules.lex.cue_infos[v];
                return info.clause && !info.participle ? w : std::string_view::npos;
            }
            it = base + w;
            if (!grammar::parse_with(env, grammar::adverb_word | grammar::chars::ly_adverb, it, base + end))
                return std::string_view::npos;
            w = skip_space(std::size_t(it - base), end);
        }
        return std::string_view::npos;
    }

    // The end of a clause: before `and VERB` / `, VERBing` that starts another
    // report, at a semicolon, or at the first comma when the frame sits in a
    // subordinate clause ("When veterans ask for help, too many calls …").
    std::size_t clause_end(std::size_t from, std::size_t end, std::size_t& next_cue, bool subordinate = false) const {
        next_cue = std::string_view::npos;
        auto dash_at = [&](std::size_t i) -> std::size_t {
            if (t[i] == '-' && i > from && is_space_before(t, i)) {
                std::size_t n = i + 1 < end && t[i + 1] == '-' ? 2 : 1;
                return i + n < end && is_space_at(t, i + n) ? n : 0;
            }
            if (t[i] != '\xE2') return 0; // (asked at every byte)
            std::string_view m = d.slice({i, std::min(i + 3, end)});
            return m == "\xE2\x80\x94" || m == "\xE2\x80\x93" ? 3 : 0;
        };
        // (the tests below pass only at a clause mark or where a quotation ends)
        for (std::size_t i = from; i < end; ++i) {
            if ((i = next_marked(i, end, clause_mark | quotation_ends)) == end) break;
            const bool quote_ends = i > from && (marks[i] & quotation_ends);
            if (!(marks[i] & clause_mark) && !quote_ends) continue;
            // `are "non-entities in the Senate," but he …`: the comma sits inside the quote
            bool quoted_comma = quote_ends && quote_ends_in_comma(i);
            if (in_quote(i)) continue;
            // a semicolon or a dash closes the reported clause, but a pair of
            // dashes sets off an aside within it ("tweaks - more spending - and")
            bool dash = false;
            if (std::size_t n = dash_at(i)) {
                std::size_t j = i + n;
                while (j < end && !dash_at(j) && t[j] != ';') ++j;
                if (j < end && t[j] != ';') {
                    i = j + dash_at(j) - 1;
                    continue;
                }
                dash = true;
            }
            if (t[i] == ';' || dash || (subordinate && t[i] == ',')) {
                end = i;
                break;
            }
            // "… sounded equivocal: Former Rep. Jane Harman called it …" — a new frame after a colon
            if (t[i] == ':') {
                grammar::ast::source_cue sc;
                if (parse_at(grammar::source_cue(), skip_space(i + 1, end), end, sc)) {
                    end = i;
                    break;
                }
            }
            if (t[i] != ',' && !quoted_comma) continue;
            // ", while officials put …", ", but her allies fear …": a clause of its own
            std::string_view next = word_at(skip_space(t[i] == ',' ? i + 1 : i, end), end);
            // "said A, but that B": the same report goes on
            const bool but_that = next == "but" && word_at(next_word(skip_space(i + 1, end), end), end) == "that";
            if (rules.comma_breaks.count(next) && !but_that) {
                // "said A, but lamented that B": the same source reports again
                if (next == "but") next_cue = finite_cue_at(next_word(skip_space(i + 1, end), end), end);
                if (next_cue != std::string_view::npos) return i;
                end = i;
                break;
            }
            // "mocked his rivals, talked over them …", "offered him a job, then says …":
            // the subject's next verb
            if (std::string_view after_next = word_at(next_word(skip_space(i + 1, end), end), end);
                (next == "then" || (next.size() > 4 && next.ends_with("ed") && next[0] >= 'a' && next[0] <= 'z')) &&
                !after_next.empty() && after_next != "by" && after_next != "in" && after_next != "to" && after_next != "as" &&
                after_next != "on" && after_next != "with" && after_next != "at" && after_next != "from") {
                end = i;
                break;
            }
            // ", and when asked …": a subordinate clause starts the writer's next sentence part
            if (next == "and") {
                std::size_t n = next_word(skip_space(i + 1, end), end);
                const char* it = base + n;
                int v;
                if (n < end && grammar::parse_with(env, grammar::subordinator, it, base + end, v)) {
                    end = i;
                    break;
                }
            }
        }
        for (std::size_t w = next_word(from, end); w < end; w = next_word(w, end)) {
            if (in_quote(w)) continue;
            const char* it = base + w;
            int v;
            // (only "and" and "but" are asked about as words; the rest only as cues)
            const std::string_view word = t[w] == 'a' || t[w] == 'b' ? word_at(w, end) : std::string_view();
            if (word == "but" || word == "and") {
                // "but has withheld …", "and Senate aides later said …": the report ends
                std::size_t n = next_word(w, end);
                const char* mv = base + n;
                grammar::ast::source_cue sc;
                bool own_verb = word == "but" && n < end && grammar::parse_with(env, grammar::matrix_verb, mv, base + end, v);
                // "charged the officer and Osei fired his chief": a new subject and its verb
                if (!own_verb && n < end && t[n] >= 'A' && t[n] <= 'Z' && !in_quote(n)) {
                    std::string_view verb = word_at(next_word(n, end), end);
                    own_verb = verb.size() > 4 && verb.ends_with("ed") && verb[0] >= 'a' && verb[0] <= 'z';
                }
                bool new_report = n < end && parse_at(grammar::source_cue(), n, end, sc);
                // ("and the accounts of famous people by reading …": a participle is no new report)
                if (new_report) {
                    const auto* ni = cue_of(to_span(sc.cue));
                    new_report = ni && !(ni->participle && whole_word(grammar::preposition | grammar::subordinator,
                                                                       word_before(n, to_span(sc.cue).start)));
                }
                if (own_verb || new_report) {
                    std::size_t b = w;
                    while (b > from && (is_space_before(t, b) || t[b - 1] == ',')) --b;
                    if (new_report) next_cue = std::string_view::npos;
                    return b;
                }
                // "says she respects him but argues that …": the same source again
                if (word == "but") {
                    if (std::size_t c = finite_cue_at(n, end); c != std::string_view::npos) {
                        std::size_t b = w;
                        while (b > from && is_space_before(t, b)) --b;
                        next_cue = c;
                        return b;
                    }
                    continue;
                }
            }
            if (!grammar::parse_with(env, grammar::cue_word, it, base + end, v)) continue;
            const auto& info = rules.lex.cue_infos[v];
            if (!info.clause) continue;
            std::size_t b = w;
            while (b > from && is_space_before(t, b)) --b;
            // "says he'd sit Ivanov down and tell him …": a bare verb after "and"
            // goes on with the reported clause, it is no second report
            bool bare = std::string_view(info.lemma) == word_at(w, end);
            bool after_and = b >= from + 3 && d.slice({b - 3, b}) == "and" && !bare;
            // the comma may sit inside a closing quote: `as "apocalyptic," saying …`
            std::size_t c = b;
            while (c > from && (t[c - 1] == '"' || t[c - 1] == '\'' || (c >= from + 3 && d.slice({c - 3, c}) == "\xE2\x80\x9D")))
                c -= t[c - 1] == '"' || t[c - 1] == '\'' ? 1 : 3;
            bool after_comma = c > from && t[c - 1] == ',' && info.participle;
            if (after_and || after_comma) {
                next_cue = w;
                return after_and ? b - 3 : (c < b ? b : c - 1);
            }
        }
        return end;
    }

    // Does an entry of the cue lists (a reporting verb's form) start after
    // `from` in sentence `s`? The comma frames of trailing and inserted need
    // one after their comma; after half the commas they try (on the
    // development set) none follows. Looked for at every start of a run of letters and digits, after a
    // blank or not (",said"), from the sentence's end back as far as asked:
    // the commas are asked about in any order, each sentence's bytes once.
    bool cue_after(span s, std::size_t from) {
        if (s.start != cue_sentence.start || s.end != cue_sentence.end) {
            cue_sentence = s;
            cue_unscanned = s.end;
            last_cue = std::string_view::npos;
        }
        const std::uint32_t cue_lists = (1u << rules.lex.cues.id) | (1u << rules.lex.quote_cues.id);
        auto cue_at = [&](std::size_t q) {
            return (rules.lex.lists_at(base + q, base + s.end, env.cache) & cue_lists) &&
                   rules.lex.match_any(cue_lists, base + q, base + s.end, env.cache);
        };
        // (when every entry starts with a letter or digit, only a letter's byte can
        // start one: the 64 bytes before the unscanned end are asked at once)
        const bool letters_only = !(rules.lex.unindexed() & cue_lists);
        while (last_cue == std::string_view::npos && cue_unscanned > from + 1) {
            if (letters_only && cue_unscanned > 64) {
                const std::size_t b = cue_unscanned - 64;
                const grammar::byte_classes k = grammar::classes_of_64(base + b);
                // (at a letter's first byte, which is no continuation byte, alnum_at(q - 1)
                // holds where an ASCII letter or digit stands at q - 1)
                const std::uint64_t alnum_before = k.alnum << 1 | std::uint64_t(ascii_alnum(t[b - 1]));
                std::uint64_t starts = (k.alnum | k.lead) & ~alnum_before;
                if (s.start >= b && s.start < cue_unscanned) starts |= (k.alnum | k.lead) & std::uint64_t(1) << (s.start - b);
                if (from + 1 > b) starts &= ~std::uint64_t(0) << (from + 1 - b);
                while (starts && last_cue == std::string_view::npos) {
                    const auto at = unsigned(63 - std::countl_zero(starts));
                    starts &= ~(std::uint64_t(1) << at);
                    if (cue_at(b + at)) last_cue = cue_unscanned = b + at;
                }
                if (last_cue == std::string_view::npos) cue_unscanned = std::max(b, from + 1);
                continue;
            }
            const std::size_t q = --cue_unscanned;
            if (q > s.start && grammar::lexicon::alnum_at(base + q - 1, base + s.end)) continue;
            if (cue_at(q)) last_cue = q;
        }
        return last_cue != std::string_view::npos && last_cue > from;
    }

    // Does the quotation ending just before `i` close on a comma (`tack,"`)?
    bool quote_ends_in_comma(std::size_t i) const {
        std::size_t k = i;
        while (k > 0 && (t[k - 1] == '"' || t[k - 1] == '\'' || static_cast<unsigned char>(t[k - 1]) >= 0x80) && i - k < 4) --k;
        return k > 0 && k < i && t[k - 1] == ',';
    }

    // True when at most `limit` words and no comma lie between `from` and `end`.
    bool few_words(std::size_t from, std::size_t end, int limit) const {
        int spaces = 0;
        for (std::size_t k = from; k < end; ++k) {
            if (t[k] == ',') return false;
            if (t[k] == ' ' && ++spaces >= limit) return false;
        }
        return true;
    }

    // A short phrase opened by a preposition or a time word ("In recent days",
    // "Earlier this year"), which no one says.
    bool fronted_adverbial(span content) const {
        std::string_view text = d.slice(content);
        if (text.find(',') != std::string_view::npos || std::count(text.begin(), text.end(), ' ') > 7) return false;
        std::string first(word_at(content.start, content.end));
        if (!first.empty() && first[0] >= 'A' && first[0] <= 'Z') first[0] = char(first[0] - 'A' + 'a');
        return rules.adverbial_openers.count(first) > 0;
    }

    // "Andrew Collins, Barbara Buckley, Bob Cavazos, …": a list of names, no statement
    bool is_name_list(span s) const {
        std::string_view text = d.slice(s);
        int items = 0;
        std::size_t i = 0;
        while (i < text.size()) {
            std::size_t e = text.find(',', i);
            if (e == std::string_view::npos) e = text.size();
            std::string_view item = text.substr(i, e - i);
            while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
            if (item.starts_with("and ")) item.remove_prefix(4);
            if (item.empty() || !(item.front() >= 'A' && item.front() <= 'Z') ||
                std::count(item.begin(), item.end(), ' ') > 3)
                return false;
            ++items;
            i = e + 1;
        }
        return items >= 3;
    }

    // Where a closing "in a statement", "during an interview on Fox" starts,
    // or `end` if the clause has none: it tells where the words were said,
    // not what. (A closing "on Monday" may belong to either: it stays.)
    std::size_t without_venue(std::size_t from, std::size_t end) const {
        int words = 0;
        for (std::size_t w = next_word(from, end); w < end; w = next_word(w, end), ++words) {
            std::string_view p = word_at(w, end);
            if (in_quote(w) || words < 1) continue;
            int v;
            if (p != "in" && p != "during" && p != "at" && p != "In") continue;
            std::size_t n = next_word(w, end);
            const char* it = base + n;
            if (!grammar::parse_with(env, grammar::determiner | grammar::possessive_word, it, base + end, v))
                continue;
            std::size_t m = next_word(n, end);
            for (int k = 0; k < 4 && m < end; ++k, m = next_word(m, end)) {
                std::string_view noun = word_at(m, end);
                if (!rules.venues.count(noun)) continue;
                // the phrase must end the clause, give or take a time or an audience
                std::size_t after = next_word(m, end);
                const char* li = base + after;
                if (after >= end || (few_words(after, end, 5) &&
                                     grammar::parse_with(env, grammar::lead_in_table, li, base + end, v)))
                    return w;
                break;
            }
        }
        return end;
    }

    // "as Diaz said on a radio program", "figures her campaign
    // released Friday": what follows the verb says where or when, not what.
    bool only_circumstance(span content) const {
        // "backed down", "argued that" before a quotation: no content at all
        std::string_view whole = d.slice(content);
        if (whole == "that" || whole == "down" || whole == "up" || whole == "out" || whole == "off" || whole == "away")
            return true;
        const char* it = base + content.start;
        int v;
        if (!grammar::parse_with(env, grammar::lead_in_table, it, base + content.end, v)) return false;
        std::string_view first = d.slice({content.start, std::size_t(it - base)});
        // "wrote to the governor, praising …": an addressee and nothing said
        if (first == "to") {
            std::size_t m = skip_space(std::size_t(it - base), content.end);
            return m < content.end && match_length(grammar::mention(), m, content.end) == content.end - m;
        }
        if (first == "for" || first == "with" || first == "from" || first == "over" || first == "through")
            return false;
        std::string_view rest = d.slice({std::size_t(it - base), content.end});
        return rest.find(" that ") == std::string_view::npos && rest.find(',') == std::string_view::npos &&
               std::count(rest.begin(), rest.end(), ' ') < 6;
    }

    // "…, attacking Lee and visiting the office": a participle's object (no
    // clause of its own) ends at the next participle
    span participle_object(span content) const {
        static constexpr std::string_view clause_openers[] = {"that", "whether", "if", "how", "why", "what",
                                                              "when", "where", "who", "to"};
        std::string_view first = word_at(content.start, content.end);
        if (std::find(std::begin(clause_openers), std::end(clause_openers), first) != std::end(clause_openers))
            return content;
        for (std::size_t i = content.start; i < content.end; ++i) {
            if (in_quote(i)) continue;
            // ("condemning him Saturday in harsh terms": a day says when)
            if (t[i] == ' ' && i > content.start && day_word(word_at(i + 1, content.end)))
                return trim_content({content.start, i});
            if (t[i] == ' ' && word_at(i + 1, content.end) == "and") {
                const char* it = base + next_word(i + 1, content.end);
                if (grammar::parse_with(env, grammar::chars::ing_word, it, base + content.end))
                    return trim_content({content.start, i});
            }
        }
        return content;
    }

    // Attributions of a clause that follows the cue at `cue_span`; follows
    // `and VERB` and `, VERBing` chains with the same source.
    // Returns where the last content found ends, or 0 when none was found.
    std::size_t report_from(std::optional<mention> source, span cue_span, std::size_t sent_end, std::string_view rule,
                            const char* lemma = nullptr, bool subordinate = false) {
        std::size_t reached = 0;
        for (int guard = 0; guard < 8; ++guard) {
            const grammar::cue_info* info = lemma ? nullptr : cue_of(cue_span);
            std::size_t start = clause_start(cue_span.end, sent_end, info);
            std::size_t next = std::string_view::npos;
            std::size_t end = clause_end(start, sent_end, next, subordinate);
            span content = trim_content({start, without_venue(start, end)});
            if (rule == "participle-clause") content = participle_object(content);
            // (a cue chained to from another frame may have been reported already)
            bool again = false;
            for (std::size_t k = out.size(); k > 0 && k + 16 > out.size() && !again; --k)
                again = out[k - 1].verb && out[k - 1].verb->where == cue_span;
            // "The senator harrumphed and left.": a conjunction opens no reported clause
            const std::string_view first = word_at(content.start, content.end);
            const bool conjunction = first == "and" || first == "but" || first == "or";
            if (content.size() >= 2 && !again && !conjunction && !overlaps_occupied(content) && !only_circumstance(content)) {
                attribution a;
                a.content = {content};
                a.kind = kind_of(content);
                a.verb = make_cue(cue_span, lemma);
                a.source = source;
                a.rule = rule;
                a.confidence = a.kind == "mixed" ? 0.7 : 0.6;
                a.frame = {std::min(source ? source->full.start : cue_span.start, cue_span.start), cue_span.end};
                // `He added, ''Q1. Q2.''`: the typewriter quotation runs on past the stop
                if (next == std::string_view::npos && content.end + 3 >= sent_end)
                    typewriter_continuation(a, span{content.start, sent_end});
                out.push_back(std::move(a));
                reached = content.end;
            }
            if (next == std::string_view::npos) return reached;
            const char* it = base + next;
            int v;
            grammar::parse_with(env, grammar::cue_word, it, base + sent_end, v);
            cue_span = {next, std::size_t(it - base)};
            lemma = nullptr;
        }
        return reached;
    }

    // "As Hale noted, people involved could still be sanctioned": the frame
    // is a clause of its own; what it reports follows its comma. Returns where
    // the content ends, 0 if this is no such frame.
    std::size_t as_frame(span s, std::size_t w, const grammar::ast::source_cue& sc, span cue_span) {
        const span before = word_before(s.start, w);
        std::string_view as = d.slice(before);
        if (as != "as" && as != "As") return 0;
        // a time or a venue may follow the verb: "as Hale noted on Tuesday,"
        std::size_t comma = cue_span.end;
        for (int words = 0; comma < s.end && t[comma] != ','; ++comma) {
            if (std::string_view(";:.!?\"").find(t[comma]) != std::string_view::npos || in_quote(comma)) return 0;
            if (t[comma] == ' ' && ++words > 5) return 0;
        }
        if (comma >= s.end) return 0;
        std::size_t next = std::string_view::npos;
        std::size_t from = comma + 1;
        span content = trim_content({from, clause_end(from, s.end, next)});
        if (content.size() < 2 || overlaps_occupied(content)) return 0;
        attribution at;
        at.content = {content};
        at.kind = kind_of(content);
        at.source = classify_mention(d, to_span(sc.source), rules);
        at.verb = make_cue(cue_span);
        at.rule = "as-source-cue-clause";
        at.confidence = 0.7;
        at.frame = {before.start, cue_span.end};
        out.push_back(std::move(at));
        return content.end;
    }

    bool digit_comma(std::size_t i) const {
        return i > 0 && i + 1 < t.size() && t[i - 1] >= '0' && t[i - 1] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '9';
    }

    static bool possessive_text(std::string_view s) { return s.ends_with("'s") || s.ends_with("\xE2\x80\x99s"); }

    // The word that ends before `pos` (blanks skipped), not reaching before `lo`.
    span word_before(std::size_t lo, std::size_t pos) const {
        std::size_t b = pos;
        while (b > lo && is_space_before(t, b)) --b;
        std::size_t a = b;
        while (a > lo && !is_space_before(t, a)) --a;
        return {a, b};
    }

    // Does `rule` cover the whole of `w` (a word from word_before)? Its value to `value`, if asked.
    template <typename Rule>
    bool whole_word(const Rule& rule, span w, int* value = nullptr) const {
        const char* it = base + w.start;
        int v;
        return w.size() > 0 && grammar::parse_with(env, rule, it, base + w.end, value ? *value : v) && it == base + w.end;
    }

    // Is the word before `w` one that opens a subordinate clause?
    bool after_subordinator(std::size_t sent_start, std::size_t w) const {
        return whole_word(grammar::subordinator, word_before(sent_start, w));
    }

    // A reporting noun's content: from the word after it ("to bring …", "that …").
    std::size_t report_noun(const std::optional<mention>& source, span cue_span, std::size_t sent_end,
                            const char* rule = "possessive-noun-clause") {
        std::size_t start = skip_space(cue_span.end, sent_end);
        std::size_t next = std::string_view::npos;
        // "Because of fears that taxes will rise, he left.": a sentence-opening
        // phrase ends at its comma
        const std::size_t first = skip_space(sentence_start(cue_span.start), cue_span.start);
        std::string lead(word_at(first, cue_span.start));
        if (!lead.empty() && lead[0] >= 'A' && lead[0] <= 'Z') lead[0] = char(lead[0] - 'A' + 'a');
        const char* si = base + first;
        int v;
        const bool opening_phrase =
            first < cue_span.start && std::find(t.begin() + first, t.begin() + cue_span.start, ',') == t.begin() + cue_span.start &&
            (rules.adverbial_openers.count(lead) > 0 ||
             grammar::parse_with(env, grammar::subordinator | grammar::preposition, si, base + cue_span.start, v));
        std::size_t end = clause_end(start, sent_end, next, opening_phrase);
        // "Her plan to invest in roads is a good idea": the noun phrase ends where
        // the sentence's own verb begins
        // (after "that" the clause has a verb of its own first: "Lee's claim that he
        // has a way would depend on …" ends at the second)
        {
            int verbs_to_pass = word_at(start, end) == "that" ? 1 : 0;
            for (std::size_t w = next_word(start, end); w < end; w = next_word(w, end))
                if (!in_quote(w) && rules.finite_auxiliaries.count(word_at(w, end)) && verbs_to_pass-- == 0) {
                    end = w;
                    break;
                }
        }
        span content = trim_content({start, end});
        if (content.size() < 2 || overlaps_occupied(content) || only_circumstance(content)) return 0;
        attribution a;
        a.content = {content};
        a.kind = kind_of(content);
        cue c;
        c.where = cue_span;
        if (const int* idx = rules.lex.noun_cues.find(d.slice(cue_span))) {
            c.lemma = rules.lex.cue_infos[*idx].lemma;
            c.cls = rules.lex.cue_infos[*idx].cls;
        }
        a.verb = c;
        a.source = source;
        a.rule = rule;
        a.confidence = source ? 0.5 : 0.4;
        a.frame = {source ? source->full.start : cue_span.start, cue_span.end};
        out.push_back(std::move(a));
        return content.end;
    }

    // The source a participle leans on: the sentence's last attribution, or
    // the mention that opens the sentence.
    // `opener` is set when the sentence opens with a participle or adverb that
    // is no subject: the report is there, its source is not named.
    std::optional<mention> subject_of(span sentence, std::size_t before, bool* opener = nullptr) const {
        std::optional<mention> best;
        std::size_t best_pos = 0;
        auto consider = [&](const attribution& a) {
            if (a.source && a.source->full.start >= sentence.start && a.source->full.end <= before &&
                a.source->full.start >= best_pos)
                best = a.source, best_pos = a.source->full.start;
        };
        // (direct sources are sorted once; reports come in text order, so the
        // last few are the ones in this sentence: the look stays bounded)
        auto from = std::lower_bound(direct_sources.begin(), direct_sources.end(), sentence.start,
                                     [](const mention& m, std::size_t v) { return m.full.start < v; });
        for (; from != direct_sources.end() && from->full.start < before; ++from)
            if (from->full.end <= before && from->full.start >= best_pos) best = *from, best_pos = from->full.start;
        for (std::size_t k = out.size(); k > 0 && k + 64 > out.size(); --k) consider(out[k - 1]);
        if (best) return best;
        std::size_t n = match_length(grammar::mention(), sentence.start, before);
        if (!n) return std::nullopt;
        // "Speaking at the rally, …", "Given questions of legality, …", "Instead, …":
        // an opening participle or adverb is no subject
        std::string_view first = d.slice({sentence.start, sentence.start + n});
        bool one_word = first.find(' ') == std::string_view::npos;
        if (one_word && (first.ends_with("ing") || first.ends_with("ed") || first.ends_with("ly") || first.ends_with("en"))) {
            if (opener) *opener = true;
            return std::nullopt;
        }
        return classify_mention(d, {sentence.start, sentence.start + n}, rules);
    }

    // "…, said the minister": only a finite verb that frames speech comes
    // before its subject ("…, telling supporters …" and "…, endorsed X" do not).
    bool inverts(span cue_span) const {
        const auto* info = cue_of(cue_span);
        return info && info->inverts && !info->participle;
    }

    // "A, according to a friend of hers, is to …": the sentence's verb follows
    // the aside, so the frame sits inside the sentence, not at its end
    bool verb_after_aside(std::size_t from, std::size_t end) const {
        std::size_t c = skip_space(from, end);
        if (c >= end || t[c] != ',') return false;
        return rules.finite_auxiliaries.count(word_at(skip_space(c + 1, end), end)) > 0;
    }

    bool trailing(span s) {
        // the commas of the sentence, last first, and an "according to" with no comma before it
        std::size_t tried = 0;
        for (std::size_t i = s.end; i > s.start && tried < 5; --i) {
            // (most bytes follow a letter or stand inside a quotation, where none of
            // the tests below can hold; after a space only "according to" can)
            if ((i = prev_marked(s.start, i, comma | apostrophe | space_a | quotation_last)) == s.start) break;
            bool according = i >= s.start + 2 && t[i - 1] == ' ' && d.slice({i, i + 12}) == "according to" && t[i - 2] != ',';
            // `… are "very, very pro-reform," Ortiz said.`: the comma sits inside the quote
            // (typewriter copy closes with two apostrophes, which open no quotation here)
            bool quoted = !in_quote(i) && (in_quote(i - 1) || t[i - 1] == '\'') && quote_ends_in_comma(i) &&
                          (i == s.end || is_space_at(t, i));
            if (!quoted && ((t[i - 1] != ',' && !according) || in_quote(i - 1))) continue;
            if (!quoted && !according && digit_comma(i - 1)) continue; // 30,000
            ++tried;
            std::size_t comma = quoted ? i : i - 1;
            span content = trim_content({s.start, comma});
            // "The reason is no mystery: ''I love it,'' he said.": what was said follows the colon
            for (std::size_t k = comma; k > content.start; --k) {
                if ((k = prev_marked(content.start, k, clause_mark)) == content.start) break;
                if (t[k - 1] == ':' && !in_quote(k - 1) && k + 1 < comma) {
                    std::size_t q = skip_space(k, comma);
                    if (d.slice({q, std::min(q + 2, comma)}) == "''") content = trim_content({q, comma});
                    break;
                }
            }
            if (overlaps_occupied({s.start, s.end})) return false;
            // "Meanwhile, X learned …" is no clause reported by X
            // (words between typewriter quotation marks are words said, however few)
            if (std::count(d.text.begin() + content.start, d.text.begin() + content.end, ' ') < 2 &&
                !(quoted && d.slice(content).starts_with("''")))
                continue;
            // "When asked whether …, the minister shrugged": a subordinate clause, not a report
            if (const char* si = base + content.start;
                grammar::parse_with(env, grammar::subordinator, si, base + content.end) &&
                d.slice(content).find(',') == std::string_view::npos)
                continue;
            // "In recent days, he sought …", "On Friday night, Palin called …": a
            // fronted time or place, not a clause
            if (fronted_adverbial(content)) continue;
            grammar::ast::source_cue sc;
            grammar::ast::cue_source cs;
            std::optional<attribution> a;
            auto make = [&](span src, span cue_span, const char* rule, const char* lemma) {
                attribution x;
                x.content = {content};
                x.kind = kind_of(content);
                x.source = classify_mention(d, src, rules);
                x.verb = make_cue(cue_span, lemma);
                x.rule = rule;
                x.confidence = 0.75;
                x.frame = {std::min(src.start, cue_span.start), std::max(src.end, cue_span.end)};
                return x;
            };
            // "One of his aides, Ann Lee, told reporters that …": a "that" after the
            // verb opens what was said, so the frame does not close the sentence
            auto that_after = [&](span cue_span) {
                for (std::size_t w = next_word(cue_span.start, s.end); w < s.end; w = next_word(w, s.end)) {
                    if (t[w - 1] == ',' || (w >= 2 && t[w - 2] == ',')) return false; // (", adding that …")
                    if (!in_quote(w) && word_at(w, s.end) == "that") return true;
                }
                return false;
            };
            const bool verb = cue_after(s, comma);
            if (verb && parse_at(grammar::clause_source_cue(), comma, s.end, sc) && !that_after(to_span(sc.cue)))
                a = make(to_span(sc.source), to_span(sc.cue), "clause-comma-source-cue", nullptr);
            else if (verb && parse_at(grammar::clause_cue_source(), comma, s.end, cs) && inverts(to_span(cs.cue)))
                a = make(to_span(cs.source), to_span(cs.cue), "clause-comma-cue-source", nullptr);
            else if (parse_at(grammar::clause_according_to(), comma, s.end, cs) && !verb_after_aside(to_span(cs.source).end, s.end))
                a = make(to_span(cs.source), to_span(cs.cue), "clause-according-to-source", "according to");
            else if (verb && parse_at(grammar::clause_loose_source_cue(), comma, s.end, sc) && inverts(to_span(sc.cue)))
                a = make(to_span(sc.source), to_span(sc.cue), "clause-comma-phrase-cue", nullptr);
            if (a) {
                // a whole quotation with its frame is direct speech, found already
                if (a->kind == "mixed" && !quotes.empty()) {
                    for (const auto& q : quotes)
                        if (q.start <= content.start && q.end >= content.end) return false;
                }
                typewriter_opening(*a, s);
                typewriter_continuation(*a, s);
                const span frame = a->frame;
                const auto source = a->source;
                out.push_back(std::move(*a));
                participle_after(frame.end, s.end, source);
                return true;
            }
        }
        return false;
    }

    // "A, the minister said on Friday, adding that B.": the frame's source
    // reports again in the participle after it.
    void participle_after(std::size_t from, std::size_t end, const std::optional<mention>& source) {
        for (std::size_t i = from; i < end; ++i) {
            if (t[i] != ',' || in_quote(i)) continue;
            std::size_t w = skip_space(i + 1, end);
            const char* it = base + w;
            int v;
            if (!grammar::parse_with(env, grammar::cue_word, it, base + end, v)) continue;
            const auto& info = rules.lex.cue_infos[v];
            if (info.participle && info.clause) report_from(source, {w, std::size_t(it - base)}, end, "participle-clause");
            return;
        }
    }

    // `''A,'' Mr. Brandt said. ''B. C.''`: typewriter quotation marks are not
    // read as quotes, but a report that opens with them goes on into the next
    // sentences of the paragraph that continue them, as an interrupted
    // quotation does.
    void typewriter_continuation(attribution& a, span s) {
        std::string_view first = d.slice(a.content.back());
        std::size_t open = first.find("''");
        if (open == std::string_view::npos) return;
        // a quotation still open at the sentence end goes on in the next ones;
        // a closed one goes on only into a sentence that reopens it
        std::size_t marks = 0;
        for (std::size_t k = first.find("''"); k != std::string_view::npos; k = first.find("''", k + 2)) ++marks;
        const bool still_open = marks % 2 == 1;
        if (!still_open && !d.slice(a.content.front()).starts_with("''")) return;
        auto next = std::upper_bound(d.sentences.begin(), d.sentences.end(), s.end,
                                     [](std::size_t v, const span& sp) { return v < sp.start; });
        const std::size_t para = paragraph_index(d, s.start);
        for (int n = 0; n < 6 && next != d.sentences.end(); ++n, ++next) {
            if (paragraph_index(d, next->start) != para) break;
            std::string_view text = d.slice(*next);
            if (n == 0 && !still_open && !text.starts_with("''")) break;
            span piece = trim_content(*next);
            if (piece.size() == 0 || overlaps_occupied(piece)) break;
            a.content.push_back(piece);
            consumed_until = next->end;
            // the quotation closes at the end of this sentence
            std::string_view closing = text;
            while (!closing.empty() && std::string_view(" .!?").find(closing.back()) != std::string_view::npos)
                closing.remove_suffix(1);
            if (closing.ends_with("''") || text.ends_with("''")) break;
        }
    }

    // `''A. B,'' he said.`: a typewriter quotation that closes in this
    // sentence opened in an earlier one of the paragraph; the report starts there.
    void typewriter_opening(attribution& a, span s) {
        std::string_view first = d.slice(a.content.front());
        if (first.starts_with("''")) return;
        std::size_t marks = 0;
        for (std::size_t k = first.find("''"); k != std::string_view::npos; k = first.find("''", k + 2)) ++marks;
        if (marks % 2 == 0) return;
        auto here = std::lower_bound(d.sentences.begin(), d.sentences.end(), s.start,
                                     [](const span& sp, std::size_t v) { return sp.start < v; });
        const std::size_t para = paragraph_index(d, s.start);
        std::vector<span> before;
        for (int n = 0; n < 6 && here != d.sentences.begin(); ++n) {
            --here;
            if (paragraph_index(d, here->start) != para || overlaps_occupied(*here)) return;
            // (reports come in text order: the last few are the ones that could be here)
            for (std::size_t k = out.size(); k > 0 && k + 8 > out.size(); --k)
                if (out[k - 1].hull().start < here->end && here->start < out[k - 1].hull().end) return;
            before.push_back(trim_content(*here));
            if (d.slice(*here).starts_with("''")) {
                std::reverse(before.begin(), before.end());
                a.content.insert(a.content.begin(), before.begin(), before.end());
                return;
            }
        }
    }

    // `A, the minister said, B.`: the frame sits between two commas; the
    // content is the sentence around it, in two fragments.
    bool inserted(span s) {
        if (overlaps_occupied(s)) return false;
        for (std::size_t i = s.start; i < s.end; ++i) {
            // (most bytes are no comma and follow no quotation: the tests below fail)
            if ((i = next_marked(i, s.end, comma | after_quotation)) == s.end) break;
            if (t[i] != ',' && i == s.start) continue;
            bool quoted = i > s.start && !in_quote(i) && (in_quote(i - 1) || t[i - 1] == '\'') &&
                          quote_ends_in_comma(i) && i < s.end && is_space_at(t, i);
            if (!quoted && (t[i] != ',' || in_quote(i) || digit_comma(i))) continue;
            grammar::ast::source_cue sc;
            grammar::ast::cue_source cs;
            span src, cue_span;
            int v;
            const char* lemma = nullptr;
            const char* rule = nullptr;
            const char* it = base + i;
            if (cue_after(s, i) && grammar::parse_with(env, grammar::inserted_source_cue(), it, base + s.end, sc)) {
                src = to_span(sc.source), cue_span = to_span(sc.cue), rule = "clause-source-cue-clause";
            } else if (it = base + i; grammar::parse_with(env, grammar::inserted_according_to(), it, base + s.end, cs)) {
                src = to_span(cs.source), cue_span = to_span(cs.cue), rule = "clause-according-to-clause";
                lemma = "according to";
            } else {
                continue;
            }
            span before = trim_content({s.start, i});
            span after = trim_content({std::size_t(it - base), s.end});
            // "For months, Lee had praised Diaz, stating that …": a participle that reports goes on from the frame
            if (const char* p = base + after.start; grammar::parse_with(env, grammar::cue_word, p, base + s.end, v) &&
                                                    rules.lex.cue_infos[v].participle)
                continue;
            // "Instead, Lee attacked Diaz, trying to …": the frame is the sentence's own clause
            if (const char* p = base + after.start;
                (fronted_adverbial(before) || d.slice(before).find(' ') == std::string_view::npos) &&
                grammar::parse_with(env, grammar::chars::ing_word, p, base + s.end))
                continue;
            if (before.size() < 2 || after.size() < 2) continue;
            attribution a;
            a.content = {before, after};
            const std::string_view before_text = d.slice(before);
            if (std::string_view opening = d.slice({after.start, std::min(after.start + 3, after.end)});
                (opening.starts_with("''") || opening.starts_with("\"") || opening == "\xE2\x80\x9C") &&
                before_text.find("''") == std::string_view::npos) {
                // "In February, as a protester was led out, Lee said, ''…''": what
                // comes before the frame is the writer's
                a.content = {after};
            } else if (const char* si = base + before.start;
                       grammar::parse_with(env, grammar::subordinator, si, base + before.end, v) &&
                       before_text.rfind(", ") != std::string_view::npos) {
                // "As China builds islands, it is his job, he said, to …": the
                // subordinate clause that opens the sentence is the writer's
                a.content.front() = trim_content({before.start + before_text.rfind(", ") + 2, before.end});
            } else {
                // "… - and the permit, his campaign said, had been hard to get", "the stadium,
                // which, Lee said, is full": the report opens after the dash or at the relative
                for (std::string_view mark : {" - and ", " \xE2\x80\x94 and ", "\xE2\x80\x94" "and ", ", which", ", who"}) {
                    std::size_t at = before_text.rfind(mark);
                    if (at == std::string_view::npos) continue;
                    std::size_t from = before.start + at + (mark.front() == ',' ? 2 : mark.size());
                    if (mark.front() == ',' && from + (mark.size() - 2) != before.end) continue;
                    a.content.front() = trim_content({from, before.end});
                    break;
                }
            }
            a.kind = kind_of({a.content.front().start, after.end});
            a.source = classify_mention(d, src, rules);
            a.verb = make_cue(cue_span, lemma);
            a.rule = rule;
            a.confidence = 0.7;
            a.frame = {std::min(src.start, cue_span.start), std::max(src.end, cue_span.end)};
            typewriter_opening(a, s);
            typewriter_continuation(a, s);
            out.push_back(std::move(a));
            return true;
        }
        return false;
    }

    // Does `phrase` name a document that reports (poll, survey), maybe with a
    // time after it ("a county newspaper poll last month")?
    bool names_evidence(span phrase) const {
        for (std::size_t w = phrase.start; w < phrase.end; w = next_word(w, phrase.end))
            if (rules.evidence_nouns.count(word_at(w, phrase.end))) return true;
        return false;
    }

    // "In the new poll, Cole leads by 5 points.": a poll or survey is the
    // source of its figures.
    bool evidence(span s) {
        std::size_t start = skip_space(s.start, s.end);
        std::string_view first = word_at(start, s.end);
        auto add = [&](span src, span cue_span, span content) {
            content = trim_content(content);
            if (content.size() < 2 || overlaps_occupied(content) || overlaps_occupied(src)) return false;
            attribution a;
            a.content = {content};
            a.kind = kind_of(content);
            a.source = classify_mention(d, src, rules);
            a.verb = make_cue(cue_span, "in");
            a.rule = "in-evidence-clause";
            a.confidence = 0.6;
            a.frame = {cue_span.start, src.end};
            out.push_back(std::move(a));
            return true;
        };
        if (first == "In") {
            std::size_t comma = start;
            while (comma < s.end && t[comma] != ',') ++comma;
            std::size_t src_start = next_word(start, s.end);
            span src{src_start, comma};
            // (the next word may lie past the comma: "In.$;;…, X")
            if (comma < s.end && src_start < comma && std::count(t.begin() + src.start, t.begin() + src.end, ' ') < 10 &&
                names_evidence(src))
                return add(src, {start, start + 2}, {comma + 1, s.end});
        }
        return false;
    }

    // "The FBI is reportedly making arrangements …": the sentence is a report
    // whose source the text does not name.
    void hearsay(span s) {
        if (overlaps_occupied(s)) return;
        for (std::size_t w = s.start; w < s.end; w = next_word(w, s.end)) {
            if (in_quote(w)) continue;
            const char* it = base + w;
            int v;
            if (!grammar::parse_with(env, grammar::hearsay_adverb, it, base + s.end, v)) continue;
            span content = trim_content(s);
            if (content.size() < 2) return;
            attribution a;
            a.content = {content};
            a.kind = kind_of(content);
            a.verb = make_cue({w, std::size_t(it - base)}, "hearsay");
            a.verb->cls = "distancing";
            a.rule = "hearsay-adverb";
            a.confidence = 0.4;
            a.frame = a.verb->where;
            out.push_back(std::move(a));
            return;
        }
    }

    void leading(span s, const std::vector<attribution>& direct) {
        const std::size_t first_new = out.size();
        grammar::ast::cue_source cs;
        std::size_t start = skip_space(s.start, s.end);
        // "(According to …", "But according to …"
        std::size_t astart = start < s.end && t[start] == '(' ? start + 1 : start;
        if (std::string_view c = word_at(astart, s.end); c == "But" || c == "And" || c == "Yet" || c == "So" || c == "Still")
            astart = next_word(astart, s.end);
        if (parse_at(grammar::according_to_clause(), astart, s.end, cs)) {
            std::size_t after = skip_space(std::size_t(cs.source.end() - base), s.end);
            while (after < s.end && t[after] != ',') ++after; // past an appositive
            span content = trim_content({after + 1, s.end});
            if (content.size() >= 2 && !overlaps_occupied(content)) {
                attribution a;
                a.content = {content};
                a.kind = kind_of(content);
                a.source = classify_mention(d, to_span(cs.source), rules);
                a.verb = make_cue(to_span(cs.cue), "according to");
                a.rule = "according-to-source-clause";
                a.confidence = 0.75;
                a.frame = {to_span(cs.cue).start, to_span(cs.source).end};
                out.push_back(std::move(a));
            }
            return;
        }
        if (evidence(s)) return;
        // Frames end in a verb or a reporting noun: only the words a little
        // before one are worth a mention parse (the scan stays cheap).
        std::vector<std::size_t>& cues = sentence_cues;
        std::vector<std::size_t>& words = sentence_words; // (kept for the scan below)
        cues.clear();
        words.clear();
        const std::uint32_t cue_lists = (1u << rules.lex.cues.id) | (1u << rules.lex.noun_cues.id);
        for (std::size_t w = start; w < s.end;) {
            words.push_back(w);
            if (rules.lex.match_any(cue_lists, base + w, base + s.end, env.cache)) cues.push_back(w);
            w = next_word(w, s.end);
        }
        if (cues.empty()) return;
        // (what each word may be in a mention, asked once a word: 0 until asked)
        word_kinds.assign(words.size(), 0);
        // a possessor counts only as a possessive pronoun or ending in 's, s' (or ’s, s’):
        // in a sentence with no apostrophe, only a pronoun's word needs the grammar
        const std::string_view sentence = d.slice(s);
        const bool apostrophe = sentence.find('\'') != std::string_view::npos ||
                                sentence.find("\xE2\x80\x99") != std::string_view::npos;
        // (the kinds of mention ruled out at w are recorded as no match for the grammars below)
        auto may_start_mention = [&](std::size_t w, std::size_t k) {
            return k >= words.size() || words[k] != w ||
                   mention_starts.rule_out(env, base, words, k, base + s.end, word_kinds, apostrophe) != 0;
        };
        // next_word(w) from the word list while the scan stays on it (k: w's index there)
        auto step = [&](std::size_t w, std::size_t& k) {
            if (k < words.size() && words[k] == w) return ++k < words.size() ? words[k] : s.end;
            w = next_word(w, s.end);
            k = std::size_t(std::lower_bound(words.begin(), words.end(), w) - words.begin());
            return w;
        };
        constexpr std::size_t reach = 160; // bytes: longer sources than this are not worth finding
        const std::uint32_t possessive_list = 1u << rules.lex.possessives.id;
        for (std::size_t w = start, k = 0; w < s.end; w = step(w, k)) {
            if (in_quote(w)) continue;
            auto next_cue = std::lower_bound(cues.begin(), cues.end(), w);
            if (next_cue == cues.end()) break;
            if (*next_cue - w > reach) {
                w = *next_cue - reach;
                while (w > start && !is_space_before(t, w)) --w;
                continue;
            }
            grammar::ast::source_cue sc;
            const bool may_start = may_start_mention(w, k);
            // ("Diaz's preferred candidates": a possessive owns a noun, it says nothing)
            if (may_start && parse_at(grammar::source_cue(), w, s.end, sc) &&
                !possessive_text(d.slice(to_span(sc.source)))) {
                span cue_span = to_span(sc.cue);
                // "Petrilli, who thinks …, called …": a relative clause ends at its comma
                std::string_view who = d.slice(to_span(sc.source));
                bool relative = who == "who" || who == "which";
                auto* info = cue_of(cue_span);
                if (!info || !info->clause || info->raising == raising_kind::any || info->raising == raising_kind::to || overlaps_occupied(cue_span))
                    continue;
                // "X ended his campaign, telling supporters …": after a comma a participle
                // speaks for the sentence's subject, not for the noun before the comma
                std::optional<mention> subject;
                bool unnamed = false;
                if (info->participle) {
                    std::size_t b = cue_span.start;
                    while (b > s.start && is_space_before(t, b)) --b;
                    if (b > s.start && t[b - 1] == ',') subject = subject_of(s, cue_span.start, &unnamed);
                }
                // a participle's subject is the nearest mention: "a request to the alliance
                // from Berg asking for help" is Berg asking
                if (info->participle) {
                    for (std::size_t v = next_word(w, cue_span.start); v < cue_span.start; v = next_word(v, cue_span.start)) {
                        grammar::ast::source_cue nearer;
                        if (parse_at(grammar::source_cue(), v, s.end, nearer) && to_span(nearer.cue) == cue_span)
                            sc = nearer;
                    }
                }
                if (std::size_t reached = as_frame(s, w, sc, cue_span)) {
                    w = std::max(w, reached);
                    continue;
                }
                // a frame that yields nothing (its clause is a quotation) lets the scan go on;
                // one that does resumes the scan after its content
                if (std::size_t reached = report_from(subject || unnamed ? subject : classify_mention(d, to_span(sc.source), rules),
                                                      cue_span, s.end, subject || unnamed ? "participle-clause" : "source-cue-clause", nullptr,
                                                      relative || info->participle || after_subordinator(s.start, w)))
                    w = std::max(w, reached);
                else
                    w = std::max(w, cue_span.start);
                continue;
            }
            // "his call to bring …", "Lee's claim that …"
            // (the possessor is a possessive pronoun or a mention)
            if (((apostrophe && may_start) || rules.lex.match_any(possessive_list, base + w, base + s.end, env.cache)) &&
                parse_at(grammar::possessive_cue(), w, s.end, sc)) {
                span src = to_span(sc.source), cue_span = to_span(sc.cue);
                std::string_view who = d.slice(src);
                bool pronoun = rules.lex.possessives.find(who) != nullptr;
                bool possessive = who.ends_with("'s") || who.ends_with("\xE2\x80\x99s") || who.ends_with("s'") ||
                                  who.ends_with("s\xE2\x80\x99");
                if ((pronoun || possessive) && !overlaps_occupied(cue_span)) {
                    mention m;
                    if (pronoun) {
                        m.full = m.head = src;
                        m.kind = mention_kind::pronoun;
                    } else {
                        std::size_t cut = who.ends_with("s'") ? 1 : who.ends_with("'s") ? 2 : 3;
                        if (who.ends_with("s\xE2\x80\x99")) cut = 3;
                        m = classify_mention(d, {src.start, src.end - cut}, rules);
                    }
                    if (std::size_t reached = report_noun(m, cue_span, s.end)) w = std::max(w, reached);
                    continue;
                }
            }
            // `…, saying that …`: a participle after a comma speaks for the subject
            const char* it = base + w;
            int v;
            if (w > s.start && grammar::parse_with(env, grammar::cue_word, it, base + s.end, v) &&
                rules.lex.cue_infos[v].clause) {
                // "…, saying that …", "… - only saying …" or "… and says Park is …": the
                // sentence's subject speaks
                std::size_t b = before_auxiliaries(s, w);
                bool dash = (b >= s.start + 2 && t[b - 1] == '-' && t[b - 2] == ' ') ||
                            (b >= s.start + 3 && (d.slice({b - 3, b}) == "\xE2\x80\x94" || d.slice({b - 3, b}) == "\xE2\x80\x93"));
                const span ow = word_before(s.start, b);
                bool opener = ow.size() > 0 && rules.gerund_openers.count(d.slice(ow));
                bool after_comma = b > s.start && (t[b - 1] == ',' || dash || opener) && rules.lex.cue_infos[v].participle;
                bool after_and = b >= s.start + 4 && (d.slice({b - 4, b}) == " and" || d.slice({b - 4, b}) == " but") &&
                                 !rules.lex.cue_infos[v].participle;
                if (after_comma || after_and) {
                    span cue_span{w, std::size_t(it - base)};
                    if (overlaps_occupied(cue_span) && !in_direct_frame(cue_span, direct)) continue;
                    bool unnamed = false;
                    auto subject = subject_of(s, w, &unnamed);
                    if (subject || unnamed) {
                        if (std::size_t reached = report_from(subject, cue_span, s.end,
                                                              after_comma ? "participle-clause" : "coordinated-verb-clause"))
                            w = std::max(w, reached);
                        continue;
                    }
                }
            }
        }
        subject_that(s, cues, first_new);
        raising(s, cues, first_new);
        passive_question(s, first_new);
        noun_that(s, cues, first_new);
    }

    // "When asked by a reporter if that remains his view, …", "Asked about
    // the charges, …", "he had been asked to preserve them": the question is
    // reported; its asker, if any, follows "by".
    void passive_question(span s, std::size_t first_new) {
        const std::string_view sentence = t.substr(0, s.end);
        for (std::size_t w = skip_space(s.start, s.end); w < s.end; w = next_word(w, s.end)) {
            // (straight to the word that holds the next "sked": the words before it are no "asked")
            const std::size_t hit = sentence.find("sked", w + 1);
            if (hit == std::string_view::npos) break;
            for (std::size_t p = hit - 1; p > w; --p)
                if (is_space_before(t, p)) {
                    w = p;
                    break;
                }
            std::string_view word = word_at(w, s.end);
            if ((word != "asked" && word != "Asked") || in_quote(w)) continue;
            span cue_span{w, w + word.size()};
            if (overlaps_occupied(cue_span)) continue;
            bool taken = false;
            for (std::size_t k = first_new; k < out.size() && !taken; ++k)
                taken = out[k].verb && out[k].verb->where.start < cue_span.end && cue_span.start < out[k].verb->where.end;
            if (taken) continue;
            std::size_t b = w;
            while (b > s.start && is_space_before(t, b)) --b;
            std::size_t a = b;
            while (a > s.start && !is_space_before(t, a)) --a;
            std::string_view before = d.slice({a, b});
            bool opening = b <= s.start || before == "when" || before == "When" || before == "after" ||
                           before == "After" || before == "once" || before == "Once" || before == "if" ||
                           before == "If" || before == "as" || before == "As";
            bool passive = before == "was" || before == "were" || before == "been" || before == "being" ||
                           before == "is" || before == "are";
            if (!opening && !passive) continue;
            std::optional<mention> asker;
            std::size_t c = skip_space(cue_span.end, s.end);
            if (word_at(c, s.end) == "by") {
                std::size_t m = skip_space(c + 2, s.end);
                std::size_t n = match_length(grammar::mention(), m, s.end);
                if (!n) continue;
                asker = classify_mention(d, {m, m + n}, rules);
                c = skip_space(m + n, s.end);
            }
            static constexpr std::string_view openers[] = {"about", "if", "whether", "how", "what", "why", "when",
                                                            "where", "who", "whom", "which", "to"};
            auto opens_question = [&](std::size_t at) {
                return std::find(std::begin(openers), std::end(openers), word_at(at, s.end)) != std::end(openers);
            };
            // "Asked on Monday whether …", "asked during the debate about …"
            if (!opens_question(c) && rules.lex.lead_ins.find(word_at(c, s.end))) {
                std::size_t q = next_word(c, s.end);
                for (int n = 0; n < 4 && q < s.end && !opens_question(q) && t[q - 1] != ','; ++n) q = next_word(q, s.end);
                if (q < s.end && opens_question(q)) c = q;
            }
            if (!opens_question(c)) continue;
            std::size_t next = std::string_view::npos;
            span content = trim_content({c, clause_end(c, s.end, next, opening)});
            if (content.size() < 2 || overlaps_occupied(content)) continue;
            attribution at;
            at.content = {content};
            at.kind = kind_of(content);
            at.verb = make_cue(cue_span);
            at.source = asker;
            at.rule = "asked-question";
            at.confidence = 0.6;
            at.frame = {cue_span.start, c};
            out.push_back(std::move(at));
            w = content.end;
        }
    }

    // "The department's letters do not confirm that …": a finite verb
    // with a "that" clause reports whatever noun phrase is its subject, even
    // one the mention grammar does not know. The subject runs back to the
    // sentence start, a comma or a word that opens another clause.
    // Does a report found since `first_new` hold position `c` in its content?
    bool inside_report(std::size_t c, std::size_t first_new) const {
        for (std::size_t k = first_new; k < out.size(); ++k)
            if (out[k].hull().start <= c && c < out[k].hull().end) return true;
        return false;
    }

    // The reporting verb that starts at `c`: its words and its entry.
    std::optional<std::pair<span, const grammar::cue_info*>> verb_at(std::size_t c, std::size_t end) const {
        const char* it = base + c;
        int v;
        if (!grammar::parse_with(env, grammar::cue_word, it, base + end, v)) return std::nullopt;
        return std::pair{span{c, std::size_t(it - base)}, &rules.lex.cue_infos[v]};
    }

    bool cue_taken(span cue_span, std::size_t first_new) const {
        for (std::size_t k = first_new; k < out.size(); ++k)
            if (out[k].verb && out[k].verb->where.start < cue_span.end && cue_span.start < out[k].verb->where.end)
                return true;
        return false;
    }

    // Where the words before position `b` that are no auxiliary or adverb
    // end: "do not", "has repeatedly" stand between a subject and its verb.
    std::size_t before_auxiliaries(span s, std::size_t b) const {
        for (;;) {
            while (b > s.start && is_space_before(t, b)) --b;
            std::size_t w = b;
            while (w > s.start && !is_space_before(t, w)) --w;
            const char* wi = base + w;
            if (w == b || !grammar::parse_with(env, grammar::adverb_word | grammar::chars::ly_adverb, wi,
                                               base + b) || wi != base + b)
                return b;
            b = w;
        }
    }

    // The subject ending at `b`: the words back to the sentence start, a
    // comma or a word that opens another clause; at most eight, none a verb.
    // Does a determiner stand at most two words before `w` ("an earlier report")?
    bool determined(std::size_t lo, std::size_t w) const {
        for (int n = 0; n < 2; ++n) {
            const span prev = word_before(lo, w);
            if (prev.size() == 0) return false;
            if (whole_word(grammar::determiner, prev)) return true;
            w = prev.start;
        }
        return false;
    }

    std::optional<span> subject_before(span s, std::size_t b, bool relative_ok = false, bool nouns_ok = false) const {
        std::size_t start = b;
        int words = 0;
        while (start > s.start) {
            std::size_t a = start;
            while (a > s.start && is_space_before(t, a)) --a;
            if (a > s.start && std::string_view(",;:()\"").find(t[a - 1]) != std::string_view::npos) break;
            std::size_t w = a;
            while (w > s.start && !is_space_before(t, w)) --w;
            std::string_view word = d.slice({w, a});
            if (word == "and" || word == "but" || word == "or" || word == "that" || word == "which" || word == "who") {
                // "a convention which is expected to draw …": the relative pronoun is the subject
                if (relative_ok && words == 0 && word != "and" && word != "but" && word != "or") {
                    start = w;
                    ++words;
                }
                break;
            }
            const char* wi = base + w;
            int v;
            if (grammar::parse_with(env, grammar::subordinator, wi, base + a, v) && wi == base + a) break;
            wi = base + w;
            // (a cue's form after a determiner is a noun: "An earlier report in …", "those surveyed")
            if (grammar::parse_with(env, grammar::cue_word, wi, base + a, v) && wi == base + a &&
                !(nouns_ok && determined(s.start, w)))
                return std::nullopt;
            start = w;
            if (++words > 8) return std::nullopt;
        }
        if (words == 0 || in_quote(start)) return std::nullopt;
        span subject = trim_content({start, b});
        if (subject.size() == 0) return std::nullopt;
        return subject;
    }

    // "The department's letters do not confirm that …": a finite verb
    // with a "that" clause reports whatever noun phrase is its subject, even
    // one the mention grammar does not know.
    void subject_that(span s, const std::vector<std::size_t>& cues, std::size_t first_new) {
        for (std::size_t c : cues) {
            if (in_quote(c)) continue;
            auto verb = verb_at(c, s.end);
            if (!verb) continue;
            const auto& info = *verb->second;
            if (!info.clause || info.participle || info.raising == raising_kind::any || info.raising == raising_kind::to) continue;
            const span cue_span = verb->first;
            int v;
            bool that = word_at(skip_space(cue_span.end, s.end), s.end) == "that";
            if (overlaps_occupied(cue_span) || cue_taken(cue_span, first_new)) continue;
            auto subject = subject_before(s, before_auxiliaries(s, c), false, that);
            if (!subject) continue;
            // "because of fears that …", "a charge that …", "Cole's preferred …": the word is a noun here
            const span last_word = word_before(subject->start, subject->end);
            if ((whole_word(grammar::determiner | grammar::possessive_word | grammar::preposition, last_word) ||
                 possessive_text(d.slice(last_word))) &&
                !counts_people(d, *subject, rules))
                continue;
            // without "that" only a subject that opens like a noun phrase: "A union
            // representing nurses endorsed …"
            if (!that) {
                const char* si = base + subject->start;
                // (a figure too: "26% say they are conservative", "only 28 said yes")
                std::string first(word_at(subject->start, subject->end));
                for (auto& ch : first) ch = ascii_lower(ch);
                bool article = first == "the" || first == "a" || first == "an" || first == "this" || first == "that" ||
                               first == "these" || first == "those";
                const char* qi = base + subject->start;
                bool quantity = (grammar::parse_with(env, grammar::determiner, qi, base + subject->end, v) && !article &&
                                 !rules.lex.possessives.find(word_at(subject->start, subject->end))) ||
                                counts_people(d, *subject, rules);
                bool np = quantity || grammar::parse_with(env, grammar::determiner, si, base + subject->end, v) ||
                          (t[subject->start] >= 'A' && t[subject->start] <= 'Z');
                std::string_view form = d.slice(cue_span);
                // the subject opens the sentence, or follows a fronted time or place
                // ("In the north, most Republicans backed …")
                // (or a subordinator: "although history says there can be upheavals")
                bool subordinate = after_subordinator(s.start, subject->start);
                bool opens = subject->start == s.start || subordinate;
                np = np || subordinate;
                if (!opens) {
                    std::size_t c = subject->start;
                    while (c > s.start && is_space_before(t, c)) --c;
                    opens = c > s.start && t[c - 1] == ',' && fronted_adverbial(trim_content({s.start, c - 1}));
                }
                // the past or -s; a speech verb in any form after a quantity ("26% say")
                // (irregular pasts of speech verbs too: "said", "told", "wrote")
                bool past = form.ends_with("ed") || (info.quote && form != info.lemma && !form.ends_with("ing"));
                if (!np || !(past || (form.ends_with("s") && info.quote) || (info.inverts && quantity)) || !opens)
                    continue;
            }
            // "Moreno was declared", "the money isn't approved": a passive; with
            // "that" ("It was reported that …") a report whose source is not named
            auto be_form = [&](std::string_view x) {
                for (std::string_view neg : {"n't", "n\xE2\x80\x99t"})
                    if (x.ends_with(neg)) x.remove_suffix(neg.size());
                return x == "is" || x == "are" || x == "was" || x == "were" || x == "be" || x == "been" || x == "being";
            };
            bool passive = be_form(d.slice(last_word));
            for (std::size_t w = skip_space(subject->end, cue_span.start); w < cue_span.start && !passive;
                 w = next_word(w, cue_span.start))
                passive = be_form(word_at(w, cue_span.start));
            if (passive && !that) continue;
            report_from(passive ? std::optional<mention>() : classify_mention(d, *subject, rules), cue_span, s.end,
                        "subject-cue-that-clause", nullptr, after_subordinator(s.start, subject->start));
        }
    }

    // "fears that businesses will cut benefits", "the allegation that he lied",
    // "concerns about the probe": a reporting noun with a "that" clause or
    // what it is about, and no one named
    void noun_that(span s, const std::vector<std::size_t>& cues, std::size_t first_new) {
        for (std::size_t c : cues) {
            if (in_quote(c)) continue;
            const char* it = base + c;
            int v;
            if (!grammar::parse_with(env, grammar::noun_cue_word, it, base + s.end, v)) continue;
            span cue_span{c, std::size_t(it - base)};
            std::size_t that = skip_space(cue_span.end, s.end);
            std::string_view prep = word_at(that, s.end);
            // "concerns about the probe", "criticism of the deal": what the noun is about
            if (prep == "about" || prep == "of" || prep == "over" || prep == "against" || prep == "for" || prep == "on") {
                if (overlaps_occupied(cue_span) || cue_taken(cue_span, first_new)) continue;
                if (inside_report(c, first_new)) continue;
                // "in a statement on Monday": the noun names where words were said
                if (rules.venues.count(d.slice(cue_span))) {
                    std::size_t b = c, words = 0;
                    bool venue = false;
                    while (b > s.start && words < 3 && !venue) {
                        while (b > s.start && is_space_before(t, b)) --b;
                        std::size_t a0 = b;
                        while (a0 > s.start && !is_space_before(t, a0)) --a0;
                        std::string_view w = d.slice({a0, b});
                        venue = w == "in" || w == "In" || w == "during" || w == "at";
                        b = a0;
                        ++words;
                    }
                    if (venue) continue;
                }
                report_noun(std::nullopt, cue_span, s.end, "noun-about-phrase");
                continue;
            }
            if (prep != "that") continue;
            // "comments that compared …", "a statement that was published": a relative clause
            std::size_t after = next_word(that, s.end);
            std::string_view verb = word_at(after, s.end);
            const char* mv = base + after;
            if (verb.ends_with("ed") || grammar::parse_with(env, grammar::matrix_verb, mv, base + s.end, v)) continue;
            if (overlaps_occupied(cue_span) || cue_taken(cue_span, first_new)) continue;
            if (inside_report(c, first_new)) continue;
            report_noun(std::nullopt, cue_span, s.end, "noun-that-clause");
        }
    }

    // "Moreno appears to have a slight lead", "the sale is expected to
    // expand …": no one is named; the report is the whole clause, its
    // subject included.
    void raising(span s, const std::vector<std::size_t>& cues, std::size_t first_new) {
        for (std::size_t c : cues) {
            if (in_quote(c)) continue;
            auto verb = verb_at(c, s.end);
            if (!verb) continue;
            const auto& info = *verb->second;
            if (info.raising == raising_kind::none || info.participle) continue;
            span cue_span = verb->first;
            int v;
            std::string_view next = word_at(skip_space(cue_span.end, s.end), s.end);
            if (next == "that" || overlaps_occupied(cue_span) || cue_taken(cue_span, first_new)) continue;
            // "appeared on CNN", "appeared before reporters" is a guest's appearance;
            // "appeared to …", "appeared paralyzed", "appears closer" raise
            if (info.raising == raising_kind::to && next != "to") {
                std::size_t n = skip_space(cue_span.end, s.end);
                const char* pi = base + n;
                if (n >= s.end || next.empty() ||
                    grammar::parse_with(env, grammar::preposition | grammar::lead_in_table | grammar::determiner |
                                                       grammar::subordinator, pi, base + s.end, v))
                    continue;
            }
            std::size_t b = before_auxiliaries(s, c);
            // a verb that takes an object raises only in the passive: "is expected to"
            if (info.raising == raising_kind::passive) {
                std::size_t w = b;
                while (w > s.start && !is_space_before(t, w)) --w;
                std::string_view aux = d.slice({w, b});
                if (next != "to" || (aux != "is" && aux != "are" && aux != "was" && aux != "were" && aux != "be" &&
                                     aux != "been"))
                    continue;
                cue_span.start = w;
                b = before_auxiliaries(s, w);
            }
            auto subject = subject_before(s, b, true);
            if (!subject) continue;
            std::size_t next_cue = std::string_view::npos;
            span content = trim_content({subject->start, clause_end(cue_span.end, s.end, next_cue,
                                                                    after_subordinator(s.start, subject->start))});
            if (overlaps_occupied(content)) continue;
            attribution a;
            a.content = {content};
            a.kind = kind_of(content);
            a.verb = cue{cue_span, info.lemma, info.cls};
            a.topic = classify_mention(d, *subject, rules);
            a.rule = "raising-verb-clause";
            a.confidence = 0.5;
            a.frame = cue_span;
            out.push_back(std::move(a));
        }
    }

    // True when `s` only touches a direct attribution's frame, not its quote.
    bool in_direct_frame(span s, const std::vector<attribution>& direct) const {
        for (const auto& a : direct)
            for (const auto& c : a.content)
                if (c.start < s.end && s.start < c.end) return false;
        return true;
    }

    // The document's sentences, joined where a boundary falls inside a
    // quotation: `said the video was "something that happened. Mine are words."`
    // is one reported clause.
    std::vector<span> sentences_outside_quotes() const {
        std::vector<span> out_s;
        for (const auto& s : d.sentences) {
            if (!out_s.empty() && in_quote(out_s.back().end - 1) && in_quote(s.start) &&
                paragraph_index(d, s.start) == paragraph_index(d, out_s.back().start))
                out_s.back().end = s.end;
            else
                out_s.push_back(s);
        }
        return out_s;
    }

    void mark_bytes() {
        // (the marked bytes are few: each is found by memchr, not by a look at every byte)
        const std::size_t n = t.size();
        marks.assign(n, 0);
        auto mark_each = [&](char c, std::uint8_t bits) {
            for (std::size_t i = t.find(c); i != std::string_view::npos; i = t.find(c, i + 1)) marks[i] |= bits;
        };
        mark_each(',', clause_mark | comma);
        for (char c : std::string_view(";:-\xE2")) mark_each(c, clause_mark);
        for (std::size_t i = t.find('\''); i != std::string_view::npos; i = t.find('\'', i + 1)) {
            marks[i] |= apostrophe;
            if (i + 1 < n) marks[i + 1] |= after_quotation; // (what the byte before adds, as below)
        }
        // (through a local pointer and bounds: a byte stored through marks may
        // alias q.end or the vector's own pointer, and the loops would reload them)
        std::uint8_t* const m = marks.data();
        auto mark_range = [m](std::size_t from, std::size_t to, std::uint8_t bits) {
            for (std::size_t i = from; i < to; ++i) m[i] |= bits;
        };
        for (const auto& q : quotes) mark_range(q.start, q.end, in_quotation);
        // what the byte before adds: after a quotation's byte (after an
        // apostrophe: above), and where a quotation ends
        for (const auto& q : quotes) {
            mark_range(q.start + 1, std::min(q.end + 1, n), after_quotation);
            if (q.end < n && !(marks[q.end] & in_quotation)) marks[q.end] |= quotation_ends;
            if (q.end == n || !(marks[q.end] & in_quotation)) marks[q.end - 1] |= quotation_last;
        }
        // " a", sixteen pairs of bytes at a time
        std::size_t i = 0;
#ifdef __SSE2__
        static constexpr byte_set space = byte_set{}.with(' '), letter_a = byte_set{}.with('a');
        for (; i + 17 <= n; i += 16)
            for (unsigned k = space.in_16(t.data() + i) & letter_a.in_16(t.data() + i + 1); k; k &= k - 1)
                m[i + std::size_t(std::countr_zero(k))] |= space_a;
#endif
        for (; i + 1 < n; ++i)
            if (t[i] == ' ' && t[i + 1] == 'a') m[i] |= space_a;
    }

    void run(const std::vector<quotation>& qs, const std::vector<attribution>& direct) {
        // (each list in one block, not one per doubling)
        direct_sources.reserve(direct.size());
        quotes.reserve(qs.size());
        std::size_t spans = 0;
        for (const auto& a : direct) spans += a.content.size() + 1;
        occupied.reserve(spans);
        occupied_reach.reserve(spans);
        out.reserve(d.sentences.size() / 2 + 1);
        for (const auto& a : direct)
            if (a.source) direct_sources.push_back(*a.source);
        std::sort(direct_sources.begin(), direct_sources.end(),
                  [](const mention& a, const mention& b) { return a.full.start < b.full.start; });
        for (const auto& q : qs)
            if (q.depth == 0) quotes.push_back(q.outer);
        mark_bytes();
        word_start_bits(t, word_starts);
        for (const auto& a : direct) {
            for (const auto& c : a.content) occupied.push_back(c);
            occupied.push_back(a.frame);
        }
        std::sort(occupied.begin(), occupied.end(), [](const span& a, const span& b) { return a.start < b.start; });
        for (const auto& o : occupied)
            occupied_reach.push_back(std::max(o.end, occupied_reach.empty() ? 0 : occupied_reach.back()));
        // "Moreno: Lee needs to …" — a headline or transcript line speaks for its source
        for (const auto& p : d.paragraphs) {
            range src;
            const char* it = base + p.start;
            if (d.slice(p).find(':') == std::string_view::npos || overlaps_occupied(p) ||
                !grammar::parse_with(env, grammar::source_colon_clause(), it, base + p.end, src))
                continue;
            span content = trim_content({std::size_t(it - base), p.end});
            if (content.size() < 2 || in_quote(content.start)) continue;
            // "Contributing: Ann Lee", "The Latest: …": a heading's label, not a speaker
            if (rules.heading_labels.count(d.slice(to_span(src))) || is_name_list(content)) continue;
            attribution a;
            a.content = {content};
            a.kind = kind_of(content);
            a.source = classify_mention(d, to_span(src), rules);
            a.rule = "source-colon-clause";
            a.confidence = 0.5;
            a.frame = to_span(src);
            out.push_back(std::move(a));
        }
        for (const auto& s : sentences_outside_quotes()) {
            if (s.start < consumed_until) continue;
            std::size_t before = out.size();
            if (!trailing(s) && !inserted(s)) leading(s, direct);
            if (out.size() == before) hearsay(s);
        }
    }
};

} // namespace

std::vector<attribution> find_reported(const document& d, const std::vector<quotation>& quotes,
                                       const std::vector<attribution>& direct, const rule_set& rules) {
    reporter r(d, rules);
    r.run(quotes, direct);
    return std::move(r.out);
}

} // namespace quotegraph
