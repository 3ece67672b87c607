// A rule whose answer at a position is kept for the document being analysed:
// the frame grammars try each kind of mention at the same word from several
// rules (a source before a verb, a possessor before a noun, a source before
// a participle), always with the sentence's end as the end of input.
#pragma once
#include "config.hpp"

namespace quotegraph::grammar {

// The memo slot of rule `id` at `at` (each position has a slot per rule: 8
// ids, positions 128 bytes apart share).
inline word_cache::parse_memo& memo_slot(word_cache& cache, const char* at, int id) {
    return cache.memo[(std::size_t(at - cache.begin) * 8 + std::size_t(id)) % cache.memo.size()];
}

// Records that rule `id` does not match at `at` with input up to `last`, as
// if it had been tried: for a test that rules a kind of mention out before
// a frame grammar tries it.
inline void memo_no_match(word_cache& cache, const char* at, const char* last, int id) {
    if (at < cache.begin || at >= cache.end) return;
    auto& m = memo_slot(cache, at, id);
    m.key = cache.key_of(at);
    m.last = last;
    m.end = at;
    m.rule = id;
    m.matched = false;
}

template <int Id, typename Subject>
struct memo_parser : x3::unary_parser<Subject, memo_parser<Id, Subject>> {
    using base_type = x3::unary_parser<Subject, memo_parser<Id, Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    constexpr memo_parser(Subject const& subject) : base_type(subject) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        word_cache* cache = x3::get<lexicon_tag>(ctx).cache;
        if (!cache || first < cache->begin || first >= cache->end)
            return this->subject.parse(first, last, ctx, rctx, x3::unused);
        auto& m = memo_slot(*cache, first, Id);
        if (const std::uint64_t key = cache->key_of(first); m.key != key || m.last != last || m.rule != Id) {
            It it = first;
            m.matched = this->subject.parse(it, last, ctx, rctx, x3::unused);
            m.key = key;
            m.last = last;
            m.end = it;
            m.rule = Id;
        }
        if (m.matched) first = m.end;
        return m.matched;
    }
};

// memo<Id>(rule): `rule`, remembered under `Id` (0 to 7; one per rule).
template <int Id, typename Subject>
constexpr memo_parser<Id, Subject> memo(Subject const& subject) {
    static_assert(Id >= 0 && Id < 8);
    return {subject};
}

} // namespace quotegraph::grammar
