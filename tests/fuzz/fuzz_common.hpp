// What the libFuzzer targets share: the default rules, loaded once, and the
// invariants every analysis must keep whatever the input.
#pragma once
#include "document.hpp"
#include "quotegraph.hpp"
#include "rules.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace quotegraph::fuzz {

inline const rule_set& rules() {
    static const auto loaded = [] {
        auto r = load_rules_from(default_rule_files());
        if (!r.ok()) {
            std::fprintf(stderr, "fuzz: the default rules do not load\n");
            std::abort();
        }
        return r.rules;
    }();
    return *loaded;
}

inline std::string_view bytes(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant is a crash: libFuzzer keeps the input that caused it.
inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

inline bool inside(const span& s, std::size_t size) { return s.start <= s.end && s.end <= size; }

// Every offset an analysis reports lies in its text, and every index points
// at something that exists.
inline void check(const analysis& a) {
    const std::size_t n = a.doc.text.size();
    require(a.claims.size() == a.attributions.size(), "one claim per attribution");
    for (const auto& at : a.attributions) {
        for (const auto& c : at.content) require(inside(c, n), "content inside the text");
        if (at.source) require(inside(at.source->full, n) && inside(at.source->head, n), "source inside the text");
        if (at.verb) require(inside(at.verb->where, n), "cue inside the text");
        require(at.continues < static_cast<int>(a.attributions.size()), "continues names an attribution");
    }
    for (const auto& c : a.claims)
        if (c.who) require(c.who->entity < a.entities.size(), "speaker names an entity");
    for (const auto& e : a.entities)
        for (const auto& m : e.mentions) require(inside(m, n), "mention inside the text");
    for (const auto& q : a.quotations) require(inside(q.outer, n) && inside(q.inner, n), "quotation inside the text");
}

// The input as an article: analysed when it can be, with the invariants checked.
inline std::optional<analysis> analysed(const uint8_t* data, size_t size) {
    std::string text(bytes(data, size));
    if (check_text(text)) return std::nullopt;
    analysis a = analyze("fuzz", std::move(text), rules());
    check(a);
    return a;
}

} // namespace quotegraph::fuzz
