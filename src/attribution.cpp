#include "attribution.hpp"

#include "../grammars/ast_adapted.hpp"
#include "../grammars/chars.hpp"
#include "../grammars/frames.hpp"
#include "../grammars/mention.hpp"
#include "../grammars/table_word.hpp"
#include "document.hpp"
#include "mentions.hpp"
#include "scanner.hpp"

#include <boost/container/small_vector.hpp>

#include <algorithm>

namespace quotegraph {

namespace {

using grammar::ast::range;

// How sure each pattern is, before resolution: a frame right at the quote is
// nearly always right; a participle or continuation borrows its speaker.
struct pattern_weight {
    const char* rule;
    double confidence;
};
constexpr pattern_weight weights[] = {
    {"quote-comma-source-cue", 0.9},  {"quote-comma-cue-source", 0.9}, {"quote-dash-source", 0.7},
    {"source-cue-colon-quote", 0.85}, {"cue-source-colon-quote", 0.85}, {"participle-colon-quote", 0.7},
    {"source-colon-quote", 0.6},      {"continuation-paragraph", 0.6}, {"quote-according-to-source", 0.8},
    {"according-to-source-quote", 0.8},
};

double confidence_of(std::string_view rule) {
    for (auto& w : weights)
        if (rule == w.rule) return w.confidence;
    return 0.5;
}

struct attributor : text_scanner {
    std::vector<attribution> out;
    const grammar::mention_starts mention_starts{rules.lex};

    attributor(const document& doc, const rule_set& r) : text_scanner(doc, r) {}

    cue make_cue(const range& r) const {
        cue c;
        c.where = to_span(r);
        const int* idx = rules.lex.cues.find(std::string_view(r.begin(), r.end()));
        if (idx) {
            c.lemma = rules.lex.cue_infos[*idx].lemma;
            c.cls = rules.lex.cue_infos[*idx].cls;
        } else {
            c.lemma = intern(std::string_view(r.begin(), r.end()));
        }
        return c;
    }

    bool is_participle(const range& r) const {
        const int* idx = rules.lex.cues.find(std::string_view(r.begin(), r.end()));
        return idx && rules.lex.cue_infos[*idx].participle;
    }

    bool has_letters(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to; ++i) {
            unsigned char c = static_cast<unsigned char>(t[i]);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3)
                return true;
        }
        return false;
    }

    bool ends_with(std::size_t from, std::size_t to, char c) const {
        while (to > from && is_space_before(t, to)) --to;
        return to > from && t[to - 1] == c;
    }
    bool ends_with_colon(std::size_t from, std::size_t to) const { return ends_with(from, to, ':'); }
    bool ends_with_comma(std::size_t from, std::size_t to) const { return ends_with(from, to, ','); }

    // (a lead before a quotation has a few words: on the stack up to 16)
    using word_starts = boost::container::small_vector<std::size_t, 16>;
    // Word starts in [from, to), nearest to `to` first, at most n of them.
    word_starts word_starts_back(std::size_t from, std::size_t to, std::size_t n) const {
        word_starts out;
        for (std::size_t i = to; i > from && out.size() < n; --i) {
            std::size_t w = i - 1;
            if (!is_space_at(t, w) && (w == from || is_space_before(t, w))) out.push_back(w);
        }
        return out;
    }

    attribution make(span content, std::string_view rule, std::optional<mention> source,
                     std::optional<cue> verb) const {
        attribution a;
        a.content = {content};
        a.rule = rule;
        a.confidence = confidence_of(rule);
        a.source = std::move(source);
        a.verb = std::move(verb);
        std::size_t lo = content.end, hi = content.start;
        if (a.source) lo = std::min(lo, a.source->full.start), hi = std::max(hi, a.source->full.end);
        if (a.verb) lo = std::min(lo, a.verb->where.start), hi = std::max(hi, a.verb->where.end);
        a.frame = lo <= hi ? span{lo, hi} : span{content.end, content.end};
        return a;
    }

    // A frame after the closing mark: "…," X said / "…," said X / "…" — X.
    std::optional<attribution> trailing(const quotation& q, std::size_t para_end) const {
        // `"…of character." Reid said both …`: after a full stop, a capital starts a new sentence
        std::size_t next = skip_space(q.outer.end, para_end);
        if (q.inner.end > q.inner.start && t[q.inner.end - 1] == '.' && next < para_end && next > q.outer.end &&
            t[next] >= 'A' && t[next] <= 'Z')
            return std::nullopt;
        grammar::ast::source_cue sc;
        if (parse_at(grammar::quote_source_cue(), q.outer.end, para_end, sc))
            return make(q.outer, "quote-comma-source-cue", classify_mention(d, to_span(sc.source), rules),
                        make_cue(sc.cue));
        grammar::ast::cue_source cs;
        if (parse_at(grammar::quote_cue_source(), q.outer.end, para_end, cs))
            return make(q.outer, "quote-comma-cue-source", classify_mention(d, to_span(cs.source), rules),
                        make_cue(cs.cue));
        if (parse_at(grammar::quote_according_to(), q.outer.end, para_end, cs)) {
            cue c{to_span(cs.cue), "according to", "neutral"};
            return make(q.outer, "quote-according-to-source", classify_mention(d, to_span(cs.source), rules), c);
        }
        range src;
        // a tweet or a motto, signed on the line below: "…"\n\n- Jane Roe
        if (skip_space(q.outer.end, para_end) >= para_end && para_end < t.size()) {
            const span& next = paragraph_of(skip_space(para_end, t.size()));
            if (next.start > para_end && parse_at(grammar::quote_dash_source(), next.start, next.end, src) &&
                (t[next.start] == '-' || d.slice({next.start, next.start + 3}) == "\xE2\x80\x94"))
                return make(q.outer, "quote-dash-source", classify_mention(d, to_span(src), rules), std::nullopt);
        }
        if (parse_at(grammar::quote_dash_source(), q.outer.end, para_end, src)) {
            // the dash form needs the line to end with the name
            std::size_t e = skip_space(std::size_t(src.end() - base), para_end);
            if (e >= para_end || t[e] == '.')
                return make(q.outer, "quote-dash-source", classify_mention(d, to_span(src), rules), std::nullopt);
        }
        return std::nullopt;
    }

    // The subject a participle cue leans on: the speaker of the sentence's
    // previous attribution, else the mention opening the sentence.
    std::optional<mention> clause_subject(std::size_t sent_start, std::size_t cue_start) const {
        for (auto it = out.rbegin(); it != out.rend(); ++it) {
            if (it->hull().end <= sent_start && it->frame.end <= sent_start) break;
            if (it->source) return it->source;
        }
        // the first mention in the clause before the verb
        auto starts = word_starts_back(sent_start, cue_start, 40);
        for (auto s = starts.rbegin(); s != starts.rend(); ++s) {
            const char* it = base + *s;
            if (grammar::parse_with(env, grammar::mention(), it, base + cue_start))
                return classify_mention(d, {*s, std::size_t(it - base)}, rules);
        }
        return std::nullopt;
    }

    // A frame before the opening mark, parsed on [window, quote).
    std::optional<attribution> leading(const quotation& q, std::size_t window, std::size_t lead_end) const {
        std::size_t to = lead_end;
        while (to > window && is_space_before(t, to)) --to;
        if (to <= window) return std::nullopt;
        auto starts = word_starts_back(window, to, 16);
        if (!starts.empty() && t[to - 1] != ':' && t[to - 1] != ',') {
            const char* it = base + starts.front();
            int v;
            if (grammar::parse_with(env, grammar::preposition, it, base + to, v)) return std::nullopt;
        }
        // The frames below but two need a verb of speech after a blank or at a
        // word of `starts`: with none there, they are not tried.
        const bool speech_verb = !starts.empty() && list_word_at(1u << rules.lex.quote_cues.id, starts.back(), lead_end, lead_end);
        // The leftmost source that reaches the verb is the fullest name.
        const std::vector<std::size_t> words(starts.rbegin(), starts.rend());
        std::vector<std::uint8_t> kinds(speech_verb ? words.size() : 0, 0);
        for (std::size_t k = 0; speech_verb && k < words.size(); ++k) {
            grammar::ast::source_cue sc;
            if (!mention_starts.rule_out(env, base, words, k, base + lead_end, kinds) ||
                !parse_at(grammar::source_cue_quote(), words[k], lead_end, sc))
                continue;
            // `Elliott said "there is no …"` quotes a whole clause; `Axelrod said
            // he expects "a long fight"` does not: lower case only right after the verb
            // and only when the frame opens the sentence: `If she wins, he said, "she …"` is mixed
            if (!starts_capitalised(q) && (has_letters(std::size_t(sc.cue.end() - base), to) ||
                                           has_letters(window, std::size_t(sc.source.begin() - base))))
                return std::nullopt;
            return make(q.outer, "source-cue-colon-quote", classify_mention(d, to_span(sc.source), rules),
                        make_cue(sc.cue));
        }
        if (!starts_capitalised(q)) return std::nullopt;
        grammar::ast::cue_source cs;
        for (std::size_t s : starts) {
            if (speech_verb && parse_at(grammar::cue_source_quote(), s, lead_end, cs))
                return make(q.outer, "cue-source-colon-quote", classify_mention(d, to_span(cs.source), rules),
                            make_cue(cs.cue));
        }
        if (parse_at(grammar::according_to_quote(), window, lead_end, cs)) {
            cue c{to_span(cs.cue), "according to", "neutral"};
            return make(q.outer, "according-to-source-quote", classify_mention(d, to_span(cs.source), rules), c);
        }
        range src;
        if (parse_at(grammar::source_colon_quote(), window, lead_end, src))
            return make(q.outer, "source-colon-quote", classify_mention(d, to_span(src), rules), std::nullopt);
        for (std::size_t s : starts) {
            range c;
            if (!speech_verb || !parse_at(grammar::cue_quote(), s, lead_end, c)) continue;
            std::size_t before = s;
            while (before > window && is_space_before(t, before)) --before;
            bool joined = before == window || t[before - 1] == ',' ||
                          (before >= 3 && d.slice({before - 3, before}) == "and");
            if (!is_participle(c) && !joined) return std::nullopt;
            auto subject = clause_subject(sentence_start(s), s);
            if (!subject) return std::nullopt;
            auto a = make(q.outer, "participle-colon-quote", subject, make_cue(c));
            a.frame = to_span(c);
            return a;
        }
        return std::nullopt;
    }

    // Does the sentence end with the quotation (so the quote is the whole content)?
    bool closes_sentence(const quotation& q, std::size_t para_end) const {
        std::size_t last = q.inner.end;
        while (last > q.inner.start && (is_space_before(t, last) || t[last - 1] == '\'' ||
                                        (last >= 3 && d.slice({last - 3, last}) == "\xE2\x80\x99")))
            last -= t[last - 1] == '\'' || is_space_before(t, last) ? 1 : 3;
        if (last > q.inner.start && std::string_view(".!?").find(t[last - 1]) != std::string_view::npos) return true;
        if (last >= q.inner.start + 3 && d.slice({last - 3, last}) == "\xE2\x80\xA6") return true; // …
        std::size_t i = skip_space(q.outer.end, para_end);
        // a dash sets off a comment on the quote: `"…" - the first to say so`
        return i >= para_end || std::string_view(".!?;").find(t[i]) != std::string_view::npos ||
               (t[i] == '-' && i + 1 < para_end && is_space_at(t, i + 1)) || d.slice({i, i + 3}) == "\xE2\x80\x94";
    }

    // Quotations that open a sentence start with a capital (or a bracketed one: "[W]ith").
    bool starts_capitalised(const quotation& q) const {
        std::size_t i = q.inner.start;
        while (i < q.inner.end && (t[i] == '[' || t[i] == '(' || t[i] == '.' || is_space_at(t, i))) ++i;
        if (i >= q.inner.end) return false;
        unsigned char c = static_cast<unsigned char>(t[i]);
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == 0xC3 || c == 0xE2;
    }

    // A quotation over several paragraphs is attributed paragraph by
    // paragraph: a frame after its last paragraph speaks for that paragraph,
    // the earlier ones follow whoever spoke before. `continued` marks the
    // pieces after the first.
    struct piece {
        quotation q;
        bool continued = false;
    };

    std::size_t mark_length(std::size_t i) const {
        unsigned char c = static_cast<unsigned char>(t[i]);
        return c == 0xE2 ? 3 : c == 0xC2 ? 2 : 1;
    }

    // Is there a reporting verb among the words of [from, to)?
    bool has_cue(std::size_t from, std::size_t to) const {
        for (std::size_t w : word_starts_back(from, to, 64)) {
            const char* it = base + w;
            int v;
            if (grammar::parse_with(env, grammar::cue_word, it, base + to, v)) return true;
        }
        return false;
    }

    std::vector<piece> pieces(const std::vector<quotation>& quotes) const {
        std::vector<piece> out;
        out.reserve(quotes.size());
        for (const auto& q : quotes) {
            if (q.depth != 0) continue;
            if (q.paragraph == q.last_paragraph) {
                out.push_back({q, false});
                continue;
            }
            for (std::size_t p = q.paragraph; p <= q.last_paragraph && p < d.paragraphs.size(); ++p) {
                quotation part = q;
                const span& para = d.paragraphs[p];
                part.outer = {std::max(q.outer.start, para.start), std::min(q.outer.end, para.end)};
                std::size_t open = part.outer.start == q.outer.start ? q.inner.start - q.outer.start
                                                                     : mark_length(para.start);
                part.inner = {std::min(part.outer.start + open, part.outer.end),
                              p == q.last_paragraph ? q.inner.end : part.outer.end};
                part.paragraph = part.last_paragraph = p;
                out.push_back({part, p != q.paragraph});
            }
        }
        return out;
    }

    void run(const std::vector<quotation>& quotes) {
        const std::vector<piece> tops = pieces(quotes);
        std::size_t prev_top_end = 0;
        int last_attributed_top = -1; // index in tops of the last quote that got a speaker
        for (std::size_t k = 0; k < tops.size(); ++k) {
            const quotation& q = tops[k].q;
            const span para = paragraph_of(q.outer.start);
            const span last_para = paragraph_of(q.outer.end - 1);
            std::size_t window = std::max({sentence_start(q.outer.start), para.start,
                                           prev_top_end > para.start ? prev_top_end : para.start});
            window = skip_space(window, q.outer.start);
            // a quote that opens a parenthesis starts a clause of its own: `(“…,” wrote X)`
            if (std::size_t b = q.outer.start; b > window) {
                while (b > window && is_space_before(t, b)) --b;
                // likewise after a dash: `… was unserious - "Again, …," she said - and …`
                bool dash = (b > window + 1 && t[b - 1] == '-' && is_space_before(t, b - 1)) ||
                            (b >= window + 3 && d.slice({b - 3, b}) == "\xE2\x80\x94");
                if (b > window && (t[b - 1] == '(' || dash)) window = q.outer.start;
            }
            bool lead_empty = !has_letters(window, q.outer.start);
            const std::size_t prev_quote_end = skip_space(prev_top_end, q.outer.start);
            prev_top_end = q.outer.end;

            auto own = trailing(q, last_para.end);
            // embedded in a clause: mixed, not direct; after a colon the quote stands alone
            if (own && !lead_empty && !ends_with_colon(window, q.outer.start) &&
                !(ends_with_comma(window, q.outer.start) && has_cue(window, q.outer.start)))
                own.reset();
            if (!own && tops[k].continued && last_attributed_top == int(k) - 1 && !out.empty()) {
                out.back().content.push_back(q.outer);
                last_attributed_top = int(k);
                continue;
            }
            // `"A," X said, "B."` and `"A," X said. "B."`: B continues A.
            if (!own && last_attributed_top == int(k) - 1 && !out.empty() &&
                paragraph_of(out.back().hull().start).start == para.start) {
                attribution& prev = out.back();
                bool frame_only = prev.frame.end <= q.outer.start && !has_letters(prev.frame.end, q.outer.start);
                // `"A," one aide said late last month, "but B."`: same sentence, resumed after a comma
                std::size_t before = q.outer.start;
                while (before > window && is_space_before(t, before)) --before;
                bool resumed = window == prev_quote_end && before > window && t[before - 1] == ',' &&
                               !has_cue(std::max(prev.frame.end, window), q.outer.start);
                if (frame_only || resumed || (lead_empty && !trailing(q, last_para.end))) {
                    prev.content.push_back(q.outer);
                    prev.frame.end = std::max(prev.frame.end, q.outer.end);
                    last_attributed_top = int(k);
                    continue;
                }
            }
            // after `Peabody said:` the quote is the content even if the sentence goes on
            if (!own && !lead_empty && (closes_sentence(q, last_para.end) || ends_with_colon(window, q.outer.start)))
                own = leading(q, window, q.outer.start);
            // `He said:` closing the previous paragraph introduces this one
            if (!own && lead_empty && window == para.start && para.start > 0 && closes_sentence(q, last_para.end)) {
                const span& prev_para = paragraph_of(para.start - 1);
                if (ends_with_colon(prev_para.start, prev_para.end))
                    own = leading(q, std::max(prev_para.start, sentence_start(prev_para.end - 1)), prev_para.end);
            }
            if (!own && lead_empty && window == para.start && !out.empty() &&
                last_attributed_top == int(k) - 1 && !has_letters(q.outer.end, last_para.end)) {
                // a paragraph that is only a quotation continues the previous
                // paragraph's speaker
                const attribution& prev = out.back();
                const span prev_para = paragraph_of(prev.hull().end - 1);
                const span prev_frame_para = paragraph_of(std::max(prev.frame.end, prev.hull().end) - 1);
                auto this_para = std::find(d.paragraphs.begin(), d.paragraphs.end(), para);
                if (this_para != d.paragraphs.begin() &&
                    (*(this_para - 1) == prev_para || *(this_para - 1) == prev_frame_para)) {
                    attribution a = make(q.outer, "continuation-paragraph", std::nullopt, std::nullopt);
                    a.continues = int(out.size() - 1);
                    own = a;
                }
            }
            if (own) {
                out.push_back(std::move(*own));
                last_attributed_top = int(k);
            } else if (!lead_empty && last_attributed_top == int(k) - 1 && !out.empty() &&
                       out.back().frame.start < q.outer.start && sentence_start(q.outer.start) <= out.back().frame.end &&
                       paragraph_of(out.back().frame.start).start == para.start) {
                // a title or scare quote inside the frame's sentence ("on CNN's
                // "State of the Union"") does not end the speaker's turn
                last_attributed_top = int(k);
            }
        }
    }
};

} // namespace

std::vector<attribution> attribute_quotations(const document& d, const std::vector<quotation>& quotes,
                                              const rule_set& rules) {
    attributor a(d, rules);
    a.run(quotes);
    return std::move(a.out);
}

} // namespace quotegraph
