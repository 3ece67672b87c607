#include "export_json.hpp"

#include "document.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>

namespace quotegraph {

namespace {

using json = nlohmann::ordered_json;

json span_json(const document& d, span s) {
    return json{{"start", s.start}, {"end", s.end}, {"text", std::string(d.slice(s))}};
}

std::string dump(const json& j, bool pretty) {
    return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

} // namespace

// The compact form (one line per document, what batch writes) without
// building a DOM: the same bytes nlohmann's dump would give, in a fraction
// of the time. Strings are escaped as dump does (no ensure_ascii); each byte
// that is not part of well-formed UTF-8 becomes U+FFFD (dump's
// error_handler_t::replace may join a broken sequence into one).
class line_writer {
public:
    // Writes into a buffer of this thread's, kept from line to line, through
    // a pointer: a line is some thousand small pieces, and std::string's
    // append checks and grows for each. finish() puts the line at out's end.
    explicit line_writer(std::string& out) : out_(out) {
        p_ = begin_ = buffer().data();
        end_ = begin_ + buffer().size();
    }
    line_writer(const line_writer&) = delete;
    line_writer& operator=(const line_writer&) = delete;
    void finish() {
        out_.append(begin_, std::size_t(p_ - begin_));
        // (a huge document's line does not keep its buffer for the thread's life)
        if (buffer().size() > max_kept) buffer() = std::vector<char>(initial);
    }

    line_writer& raw(std::string_view s) {
        room(s.size());
        put(s);
        return *this;
    }
    // (the punctuation and the keys are literals: copies of a length known
    // here are a move or two, where a copy of any length is a call to memcpy)
    template <std::size_t N>
    line_writer& raw(const char (&s)[N]) {
        room(N - 1);
        put_literal(s);
        return *this;
    }
    line_writer& str(std::string_view s) {
        room(s.size() + 2);
        *p_++ = '"';
        // Most strings have nothing to escape and are well-formed UTF-8: one
        // copy. (Stopped at each non-ASCII byte to check its sequence, the
        // loop below mispredicted a branch or two at each curly quote.)
        if (plain(s)) {
            put(s);
            *p_++ = '"';
            return *this;
        }
        // (room for the plain runs as they come; six bytes at most for one
        // byte otherwise, a control byte's \u00XX)
        // a run that needs no escaping, well-formed UTF-8 included, goes in at once
        std::size_t run = 0, i = 0;
        while (i < s.size()) {
            i = first_stop(
                s, i, s.size(),
                [](std::uint64_t v) {
                    return bytes_below(v, 0x20) | (v & 0x8080808080808080ull) | bytes_equal(v, '"') | bytes_equal(v, '\\');
                },
                [s](std::size_t k) {
                    const auto b = static_cast<unsigned char>(s[k]);
                    return b < 0x20 || b >= 0x80 || b == '"' || b == '\\';
                });
            if (i == s.size()) break;
            const auto c = static_cast<unsigned char>(s[i]);
            // (overlongs, surrogates and code points past U+10FFFF are not UTF-8 either)
            if (c >= 0x80)
                if (const std::size_t n = utf8_length_at(s, i)) {
                    i += n;
                    continue;
                }
            room(i - run + 6);
            put(s.substr(run, i - run));
            switch (c) {
            case '"': put_literal("\\\""); break;
            case '\\': put_literal("\\\\"); break;
            case '\b': put_literal("\\b"); break;
            case '\f': put_literal("\\f"); break;
            case '\n': put_literal("\\n"); break;
            case '\r': put_literal("\\r"); break;
            case '\t': put_literal("\\t"); break;
            default:
                if (c < 0x20) {
                    static constexpr char hex[] = "0123456789abcdef";
                    put_literal("\\u00");
                    *p_++ = hex[c >> 4];
                    *p_++ = hex[c & 15];
                } else {
                    put_literal("\xEF\xBF\xBD"); // (a byte of no well-formed sequence)
                }
            }
            run = ++i;
        }
        room(s.size() - run + 1);
        put(s.substr(run));
        *p_++ = '"';
        return *this;
    }
    line_writer& num(std::size_t n) {
        room(24);
        p_ = std::to_chars(p_, p_ + 24, n).ptr;
        return *this;
    }
    // ,"k": (the caller puts the first key's brace). Keys are the schema's
    // names, plain ASCII letters and '_': nothing in them to escape.
    template <std::size_t N>
    line_writer& key(const char (&k)[N]) {
        room(N + 3);
        if (last() != '{') *p_++ = ',';
        *p_++ = '"';
        put_literal(k);
        *p_++ = '"';
        *p_++ = ':';
        return *this;
    }
    // A number as nlohmann's dump writes it. The confidences are a handful of
    // values: each one's text is kept (per thread) rather than dumped again.
    line_writer& real(double v) {
        struct kept {
            std::uint64_t bits;
            std::string text;
        };
        thread_local std::array<std::optional<kept>, 8> seen;
        thread_local std::size_t next = 0;
        const auto bits = std::bit_cast<std::uint64_t>(v);
        for (const auto& k : seen)
            if (k && k->bits == bits) return raw(k->text);
        seen[next] = kept{bits, json(v).dump()};
        raw(seen[next]->text);
        next = (next + 1) % seen.size();
        return *this;
    }
    line_writer& span_of(const document& d, span s) {
        raw("{\"start\":").num(s.start).raw(",\"end\":").num(s.end).raw(",\"text\":").str(d.slice(s));
        return *this;
    }

private:
    // No byte of s needs escaping, and s is well-formed UTF-8.
    static bool plain(std::string_view s) {
        auto load = [](const char* p, auto v) {
            std::memcpy(&v, p, sizeof v);
            return v;
        };
        // (a byte these flag wrongly is above one they flag rightly: both say no)
        auto escaped = [](std::uint64_t v) { return bytes_below(v, 0x20) | bytes_equal(v, '"') | bytes_equal(v, '\\'); };
        const char* p = s.data();
        const std::size_t n = s.size();
        std::uint64_t escape = 0, high = 0;
        if (n >= 8) {
            // the words, the last one overlapping the one before it: no loop over a tail
            for (std::size_t i = 0; i + 8 < n; i += 8) {
                const std::uint64_t v = load(p + i, std::uint64_t());
                escape |= escaped(v);
                high |= v;
            }
            const std::uint64_t v = load(p + n - 8, std::uint64_t());
            escape |= escaped(v);
            high |= v;
        } else if (n > 0) {
            // two words of four that may overlap, or three bytes and 'a's
            const std::uint64_t v =
                n >= 4 ? std::uint64_t(load(p, std::uint32_t())) << 32 | load(p + n - 4, std::uint32_t())
                       : 0x6161616161000000ull | std::uint64_t(static_cast<unsigned char>(p[0])) << 16 |
                             std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8 | static_cast<unsigned char>(p[n - 1]);
            escape = escaped(v);
            high = v;
        }
        if (escape) return false;
        return !(high & 0x8080808080808080ull) || well_formed_utf8(s);
    }
    static constexpr std::size_t initial = 64 * 1024, max_kept = 1024 * 1024;
    static std::vector<char>& buffer() {
        thread_local std::vector<char> b(initial);
        return b;
    }
    // At least n bytes free after p_.
    void room(std::size_t n) {
        if (std::size_t(end_ - p_) < n) grow(n);
    }
    [[gnu::noinline]] void grow(std::size_t n) {
        const std::size_t used = std::size_t(p_ - begin_);
        std::vector<char>& b = buffer();
        b.resize(std::max(2 * b.size(), used + n));
        p_ = (begin_ = b.data()) + used;
        end_ = begin_ + b.size();
    }
    // (room for it made before)
    void put(std::string_view s) {
        std::memcpy(p_, s.data(), s.size());
        p_ += s.size();
    }
    template <std::size_t N>
    void put_literal(const char (&s)[N]) {
        std::memcpy(p_, s, N - 1);
        p_ += N - 1;
    }
    char last() const { return p_ > begin_ ? p_[-1] : out_.empty() ? '\0' : out_.back(); }

    std::string& out_;
    char* begin_;
    char* p_;
    char* end_;
};

void append_json_line(std::string& out, const analysis& a, const std::vector<std::vector<std::string>>* why) {
    const document& d = a.doc;
    line_writer w(out);
    w.raw("{").key("id").str(d.id);
    if (!d.publisher.empty()) w.key("publisher").str(d.publisher);
    w.key("attributions").raw("[");
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& at = a.attributions[i];
        const claim& c = a.claims[i];
        if (i) w.raw(",");
        w.raw("{").key("id").str(numbered('a', i + 1)).key("kind").str(at.kind);
        w.key("content").span_of(d, at.hull()).raw("}");
        if (at.content.size() > 1) {
            w.key("content_fragments").raw("[");
            for (std::size_t k = 0; k < at.content.size(); ++k)
                w.raw(k ? ",[" : "[").num(at.content[k].start).raw(",").num(at.content[k].end).raw("]");
            w.raw("]");
        }
        w.key("cue");
        if (at.verb) w.span_of(d, at.verb->where).raw(",\"lemma\":").str(at.verb->lemma).raw("}");
        else w.raw("null");
        w.key("source");
        if (at.source) w.span_of(d, at.source->full).raw("}");
        else w.raw("null");
        w.key("speaker");
        if (c.who) {
            const entity& e = a.entities[c.who->entity];
            w.raw("{").key("entity").str(e.id).key("name").str(e.name).key("type").str(e.type);
            w.key("resolved_by").str(to_string(c.who->resolved_by)).raw("}");
        } else {
            w.raw("null");
        }
        w.key("rule").str(at.rule).key("flags").raw("[");
        for (std::size_t k = 0; k < c.flags.size(); ++k)
            w.raw(k ? ",{" : "{").key("id").str(c.flags[k].id).key("reason").str(c.flags[k].reason).raw("}");
        w.raw("]").key("verdict").str(c.verdict);
        w.key("confidence").real(at.confidence);
        if (why) {
            w.key("explain").raw("[");
            for (std::size_t k = 0; k < (*why)[i].size(); ++k) w.raw(k ? "," : "").str((*why)[i][k]);
            w.raw("]");
        }
        w.raw("}");
    }
    w.raw("]").key("entities").raw("[");
    for (std::size_t k = 0; k < a.entities.size(); ++k) {
        const entity& e = a.entities[k];
        w.raw(k ? ",{" : "{").key("id").str(e.id).key("name").str(e.name).key("type").str(e.type);
        w.key("mentions").raw("[");
        for (std::size_t m = 0; m < e.mentions.size(); ++m)
            w.raw(m ? ",{" : "{").key("start").num(e.mentions[m].start).key("end").num(e.mentions[m].end).raw("}");
        w.raw("]").key("roles").raw("[");
        for (std::size_t r = 0; r < e.roles.size(); ++r) w.raw(r ? "," : "").str(e.roles[r]);
        w.raw("]}");
    }
    w.raw("]}");
    w.finish();
}

std::string to_json(const analysis& a, bool pretty, const std::vector<std::vector<std::string>>* why) {
    if (!pretty) {
        std::string line;
        append_json_line(line, a, why);
        return line;
    }
    const document& d = a.doc;
    json atts = json::array();
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const attribution& at = a.attributions[i];
        const claim& c = a.claims[i];
        json j;
        j["id"] = numbered('a', i + 1);
        j["kind"] = at.kind;
        j["content"] = span_json(d, at.hull());
        if (at.content.size() > 1) {
            json frags = json::array();
            for (auto f : at.content) frags.push_back({f.start, f.end});
            j["content_fragments"] = frags;
        }
        if (at.verb) {
            j["cue"] = span_json(d, at.verb->where);
            j["cue"]["lemma"] = at.verb->lemma;
        } else {
            j["cue"] = nullptr;
        }
        j["source"] = at.source ? span_json(d, at.source->full) : json(nullptr);
        if (c.who) {
            const entity& e = a.entities[c.who->entity];
            j["speaker"] = {{"entity", e.id}, {"name", e.name}, {"type", e.type},
                            {"resolved_by", std::string(to_string(c.who->resolved_by))}};
        } else {
            j["speaker"] = nullptr;
        }
        j["rule"] = std::string(at.rule);
        json flags = json::array();
        for (const auto& f : c.flags) flags.push_back({{"id", f.id}, {"reason", f.reason.str()}});
        j["flags"] = flags;
        j["verdict"] = c.verdict;
        j["confidence"] = at.confidence;
        if (why) j["explain"] = (*why)[i];
        atts.push_back(std::move(j));
    }
    json ents = json::array();
    for (const auto& e : a.entities) {
        json ms = json::array();
        for (auto m : e.mentions) ms.push_back({{"start", m.start}, {"end", m.end}});
        ents.push_back({{"id", e.id}, {"name", e.name}, {"type", e.type}, {"mentions", ms}, {"roles", e.roles}});
    }
    json doc;
    doc["id"] = d.id;
    if (!d.publisher.empty()) doc["publisher"] = d.publisher;
    doc["attributions"] = std::move(atts);
    doc["entities"] = std::move(ents);
    return dump(doc, pretty);
}

std::string error_json(const std::string& id, const std::string& message) {
    json j;
    j["id"] = id;
    j["error"] = message;
    return dump(j, false);
}

} // namespace quotegraph
