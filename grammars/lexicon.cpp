#include "lexicon.hpp"

#include "byte_bits.hpp"
#include "chars.hpp"

#include <boost/container/small_vector.hpp>

#include <bit>
#include <cassert>
#include <iterator>

namespace quotegraph::grammar {

namespace {

// A run's hash in the index: the short-key hash, read a few bytes at a time
// rather than a multiply a byte, then mixed so that the slot (its low bits)
// and the tag (its high half) turn on every byte.
std::uint64_t hash_run(std::string_view s) {
    std::uint64_t h = hash_string(s);
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 33);
}

// The run of letters and digits at p: the part of a word a list lookup turns
// on (an entry can only match as a whole word if it is this run, or this run
// followed by more: "Vice President", "Sen."). Its hash_run goes to `hash`:
// a run is looked up in the index as soon as it is found.
std::size_t first_run(const char* p, const char* last, std::uint64_t& hash) {
    const char* q = p;
    while (q < last) {
        const std::size_t n = lexicon::alnum_at(q, last);
        if (!n) break;
        q += n;
    }
    hash = hash_run({p, std::size_t(q - p)});
    return std::size_t(q - p);
}

// One bit a byte of [b, b + n): set where the byte is in a run of letters
// and digits (alnum_at's units: an ASCII letter or digit, or a lead byte
// C3..DF with the continuation byte after it). Sixteen bytes at a time where
// SSE2 is: found byte by byte, every run's first and last byte was a branch
// the predictor missed. One word past the last, zero. (The thread's own
// arrays, reused text after text.)
const std::vector<std::uint64_t>& run_bits(const char* b, std::size_t n) {
    thread_local std::vector<std::uint64_t> bits, leads, conts;
    bits.assign(n / 64 + 2, 0);
    leads.assign(bits.size(), 0);
    conts.assign(bits.size(), 0);
    std::size_t i = 0;
#ifdef __SSE2__
    for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
        const __m128i alnum = ascii_alnum_bytes(x);
        const auto shift = i % 64;
        bits[i / 64] |= std::uint64_t(unsigned(_mm_movemask_epi8(alnum))) << shift;
        leads[i / 64] |= std::uint64_t(unsigned(_mm_movemask_epi8(bytes_in_range(x, 0xC3, 0xDF)))) << shift;
        conts[i / 64] |= std::uint64_t(unsigned(_mm_movemask_epi8(bytes_in_range(x, 0x80, 0xBF)))) << shift;
    }
#endif
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(b[i]);
        const std::uint64_t bit = std::uint64_t(1) << (i % 64);
        if (lexicon::alnum_at(b + i, b + i + 1)) bits[i / 64] |= bit;
        if (c >= 0xC3 && c <= 0xDF) leads[i / 64] |= bit;
        if (c >= 0x80 && c <= 0xBF) conts[i / 64] |= bit;
    }
    // a lead byte with a continuation byte after it, and that byte
    std::uint64_t carry = 0; // the pair's second byte, when it is the next word's first
    for (std::size_t w = 0; w + 1 < bits.size(); ++w) {
        const std::uint64_t pairs = leads[w] & ((conts[w] >> 1) | (conts[w + 1] << 63));
        bits[w] |= pairs | (pairs << 1) | carry;
        carry = pairs >> 63;
    }
    return bits;
}

} // namespace

// Every list, at its id (member pointers: a copied lexicon uses its own lists).
constexpr word_table lexicon::* all_tables[] = {
    &lexicon::cues, &lexicon::compound_nouns, &lexicon::noun_cues, &lexicon::quote_cues, &lexicon::titles,
    &lexicon::person_nouns, &lexicon::group_nouns, &lexicon::org_nouns, &lexicon::determiners,
    &lexicon::lone_determiners, &lexicon::prepositions, &lexicon::matrix_verbs, &lexicon::subordinators,
    &lexicon::lead_ins, &lexicon::pronouns, &lexicon::hearsay_adverbs, &lexicon::possessives, &lexicon::particles,
    &lexicon::name_suffixes, &lexicon::adverbs, &lexicon::catenatives, &lexicon::stop_names};
static_assert(std::size(all_tables) <= 32, "an id is a bit of a mask, and the low five bits of its trie memos' index (word_cache::trie_memo_at)");

void lexicon::build_index() {
    const word_table* tables[std::size(all_tables)];
    for (std::size_t i = 0; i < std::size(all_tables); ++i) {
        tables[i] = &(this->*all_tables[i]);
        assert(tables[i]->id == int(i));
    }
    struct building {
        std::string_view run; // (in an entry of `current`)
        std::uint32_t whole = 0, longer = 0, odd = 0;
        // one a bit of `whole`, in bit order: the lists are walked in id
        // order, and a list has a run as a whole entry once at most
        boost::container::small_vector<int, 2> values;
    };
    std::vector<building> words;
    boost::unordered_flat_map<std::string_view, std::size_t, string_hash> where;
    std::size_t entries = 0;
    for (const word_table* t : tables) entries += t->current.size();
    words.reserve(entries);
    where.reserve(entries);
    // each entry's run in `words`, in the order the lists and their entries
    // are met (npos: it starts with no letter or digit), for the second pass
    std::vector<std::size_t> word_of;
    word_of.reserve(entries);
    unindexed_ = 0;
    most_words_.fill(0);
    next_runs_.clear();
    for (const word_table* t : tables) {
        const std::uint32_t bit = 1u << t->id;
        for (const auto& [entry, value] : t->current) {
            std::size_t entry_words = 0;
            for (const char *p = entry.data(), *end = p + entry.size(); p < end;) {
                if (const std::size_t n = chars::blank_at(p, end)) {
                    p += n;
                    continue;
                }
                ++entry_words;
                while (p < end && !chars::blank_at(p, end)) ++p;
            }
            most_words_[t->id] = std::max(most_words_[t->id], entry_words);
            std::uint64_t unused;
            const std::size_t n = first_run(entry.data(), entry.data() + entry.size(), unused);
            if (n == 0) {
                unindexed_ |= bit;
                word_of.push_back(std::string_view::npos);
                continue; // one starting with no letter: only the x3 lookup can match it
            }
            const std::string_view run = std::string_view(entry).substr(0, n);
            auto [it, added] = where.try_emplace(run, words.size());
            if (added) words.emplace_back().run = run;
            word_of.push_back(it->second);
            building& w = words[it->second];
            if (n == entry.size()) {
                w.whole |= bit;
                w.values.push_back(value);
            } else {
                w.longer |= bit;
                const char* after = entry.data() + n;
                if (std::uint64_t h; *after == ' ' && first_run(after + 1, entry.data() + entry.size(), h) >= 3)
                    next_runs_.insert(next_key(t->id, std::uint32_t(it->second), after + 1));
                else
                    w.odd |= bit;
            }
        }
    }
    // what only the x3 lookup settles (see word_table)
    std::size_t k = 0;
    for (std::size_t i = 0; i < std::size(all_tables); ++i) {
        word_table& t = this->*all_tables[i];
        const std::uint32_t bit = 1u << t.id;
        std::vector<std::pair<std::string_view, int>> entries; // (views of `current`'s keys)
        for (const auto& [entry, value] : t.current)
            if (const std::size_t w = word_of[k++]; w == std::string_view::npos || words[w].longer & bit)
                entries.emplace_back(entry, value);
        t.entries = prefix_trie(std::move(entries));
    }
    words_.clear();
    runs_.clear();
    values_.clear();
    // (a quarter full at most: a run no list has, most runs of a text, then
    // ends its probe at the first or second slot, a branch less often missed)
    std::size_t capacity = 64;
    while (capacity < 4 * words.size()) capacity *= 2;
    slots_.assign(capacity, {});
    for (const building& b : words) {
        const std::uint64_t h = hash_run(b.run);
        indexed_word w{std::uint32_t(runs_.size()), std::uint32_t(b.run.size()),
                       {b.whole, b.longer, std::uint32_t(values_.size()), b.odd}};
        runs_ += b.run;
        values_.insert(values_.end(), b.values.begin(), b.values.end());
        std::size_t i = h & (capacity - 1);
        while (slots_[i].word) i = (i + 1) & (capacity - 1);
        words_.push_back(w);
        slots_[i] = {std::uint32_t(h >> 32), std::uint32_t(words_.size())};
    }
}

void word_cache::reset(const char* b, const char* e) {
    begin = b;
    end = e;
    const std::size_t size = std::clamp<std::size_t>(std::bit_ceil(std::size_t(e - b)), 1024, 512 * 1024);
    if (slots.size() < size) slots.resize(size);
    slot_mask = size - 1; // (a larger block from an earlier text: its first `size` slots)
    constexpr std::uint64_t last = 0xFFFF;
    std::uint64_t generation = (stamp >> 48) + 1;
    const bool high = reinterpret_cast<std::uintptr_t>(e) >> 48 != 0;
    if (generation > last || high) { // a key of this use might be in a slot
        std::fill(slots.begin(), slots.end(), slot{});
        memo.fill({});
        trie_memos.fill({});
        // (after a text at high addresses, the next use clears again)
        generation = high ? last : 1;
    }
    stamp = generation << 48;
}

std::shared_ptr<word_cache> word_cache::for_text(const char* b, const char* e) {
    // the cache this thread released last; a released one goes back if the
    // thread holds none, or a smaller one
    thread_local std::unique_ptr<word_cache> spare;
    std::unique_ptr<word_cache> c = std::move(spare);
    if (c) c->reset(b, e);
    else c = std::make_unique<word_cache>(b, e);
    return {c.release(), [](word_cache* used) {
                std::unique_ptr<word_cache> u(used);
                if (!spare || spare->slots.size() < u->slots.size()) spare = std::move(u);
            }};
}

const word_cache::slot& lexicon::visit(word_cache& cache, const char* p) const {
    word_cache::slot& s = cache.slot_at(p);
    if (const std::uint64_t key = cache.key_of(p); s.key != key) {
        s.key = key;
        std::uint64_t h;
        s.run = std::uint32_t(first_run(p, cache.end, h));
        s.info = s.run ? find_run({p, s.run}, h) : 0;
    }
    return s;
}

void lexicon::warm(word_cache& cache) const {
    // (a text longer than the cache has slots shared by several positions)
    if (std::size_t(cache.end - cache.begin) > cache.slot_mask + 1 || slots_.empty()) return;
    // A pipeline over the runs: the run found and its index slot prefetched;
    // `ahead` runs later, the slot read and the word it names prefetched; as
    // many again later, looked up. Whether a run is in the index is a branch
    // no predictor guesses, so looked up one by one, each of these two loads
    // (most of them cache misses) was waited for in turn.
    constexpr std::size_t ahead = 8, ring = 32;
    struct found {
        const char* p;
        std::uint64_t h;
        std::uint32_t run;
    };
    std::array<found, ring> runs;
    const std::size_t mask = slots_.size() - 1;
    auto probe = [&](const found& f) {
        if (const index_slot s = slots_[tagged_slot(f.h & mask, std::uint32_t(f.h >> 32))]; s.word)
            __builtin_prefetch(&words_[s.word - 1]);
    };
    auto fill = [&](const found& f) {
        word_cache::slot& s = cache.slot_at(f.p);
        s.key = cache.key_of(f.p);
        s.run = f.run;
        s.info = find_run({f.p, f.run}, f.h);
    };
    const char* const b = cache.begin;
    const std::vector<std::uint64_t>& bits = run_bits(b, std::size_t(cache.end - b));
    std::size_t n = 0; // runs found so far
    for_each_run(bits, [&](std::size_t start, std::size_t end) {
        found& f = runs[n % ring];
        f.p = b + start;
        f.run = std::uint32_t(end - start);
        f.h = hash_run({f.p, f.run});
        __builtin_prefetch(&slots_[f.h & mask]);
        ++n;
        if (n > ahead) probe(runs[(n - 1 - ahead) % ring]);
        if (n > 2 * ahead) fill(runs[(n - 1 - 2 * ahead) % ring]);
    });
    for (std::size_t k = n > ahead ? n - ahead : 0; k < n; ++k) probe(runs[k % ring]);
    for (std::size_t k = n > 2 * ahead ? n - 2 * ahead : 0; k < n; ++k) fill(runs[k % ring]);
}

std::uint32_t lexicon::find_run(std::string_view run, std::uint64_t h) const {
    if (slots_.empty()) return 0; // no index built
    const std::size_t mask = slots_.size() - 1;
    const auto tag = std::uint32_t(h >> 32);
    for (std::size_t i = tagged_slot(h & mask, tag); slots_[i].word; i = tagged_slot((i + 1) & mask, tag)) {
        const indexed_word& w = words_[slots_[i].word - 1];
        if (w.run_size == run.size() && same_bytes(runs_.data() + w.run_at, run.data(), run.size())) return slots_[i].word;
    }
    return 0;
}

std::uint32_t lexicon::lists_at_slow(const char* p, const char* last, word_cache* cache) const {
    // An entry starting with a letter or digit that is a prefix of the text and
    // ends where a word does has the text's run for its first run: as the whole
    // entry, or with more after it.
    std::size_t run = 0;
    const word_info* info = nullptr;
    if (p < last && cache && p >= cache->begin && p < cache->end) {
        const word_cache::slot& s = visit(*cache, p);
        if (p + s.run <= last) {
            run = s.run;
            info = info_at(s.info);
        }
    }
    std::uint64_t h;
    if (!run && p < last && (run = first_run(p, last, h))) info = info_at(find_run({p, run}, h));
    return unindexed_ | (info ? info->whole | info->longer : 0);
}

bool lexicon::match_any_slow(std::uint32_t tables, const char* first, const char* last, word_cache* cache) const {
    // Once the position is in the cache, the lists with no longer entry starting
    // with its run settle together; only the others need a lookup each.
    if (cache && first >= cache->begin && first < cache->end && first < last) {
        const word_cache::slot& s = visit(*cache, first);
        if (s.run && first + s.run <= last) {
            const word_info* info = info_at(s.info);
            if (!info) return false;
            const std::uint32_t settled = tables & ~info->longer;
            if ((info->whole & settled) && word_ends(first + s.run, last)) return true;
            tables &= info->longer;
        }
    }
    for (std::uint32_t left = tables & ((1u << std::size(all_tables)) - 1); left; left &= left - 1) {
        const char* it = first;
        int value;
        if (match(this->*all_tables[std::countr_zero(left)], it, last, value, cache)) return true;
    }
    return false;
}

bool lexicon::match_slow(const word_table& table, const char*& first, const char* last, int& value, word_cache* cache) const {
    const char* p = first;
    const std::uint32_t bit = 1u << table.id;
    const bool in_cache = cache && p >= cache->begin && p < cache->end;
    if (p < last && !slots_.empty()) {
        std::uint32_t word = 0; // the run's entry in the index + 1
        std::size_t run = 0;
        bool known = false;
        if (in_cache) {
            const word_cache::slot& s = visit(*cache, p);
            // no letter or digit here: only an entry that starts with none can match
            if (!s.run && !(unindexed_ & bit)) return false;
            // the run in [p, last) is the one in the whole text unless `last` cuts it
            if (s.run && p + s.run <= last) {
                run = s.run;
                word = s.info;
                known = true;
            }
        }
        if (!known) { // not in the cache, or cut by `last`: the run up to `last`
            if (std::uint64_t h; (run = first_run(p, last, h))) {
                word = find_run({p, run}, h);
                known = true;
            } else if (!(unindexed_ & bit)) {
                return false;
            }
        }
        // With a run at p, the trie's longest entry that prefixes the text
        // is either the run itself, an entry going on past it, or shorter
        // than the run (then it ends inside a word and matches nothing).
        if (known) {
            const word_info* info = info_at(word);
            if (!info) return false;
            if (!(info->longer & bit) || !may_go_on(table.id, word, *info, p + run, last)) {
                if (!(info->whole & bit) || !word_ends(p + run, last)) return false;
                value = value_of(*info, bit);
                first = p + run;
                return true;
            }
        }
    }
    word_cache::trie_memo* memo = nullptr;
    if (in_cache) {
        memo = &cache->trie_memo_at(p, table.id);
        if (memo->key == cache->key_of(p) && memo->last == last) {
            if (!memo->end) return false;
            value = memo->value;
            first = memo->end;
            return true;
        }
    }
    const char* it = p;
    int found = 0;
    const bool matched = table.entries.longest_prefix(it, last, found) && (*(it - 1) == '.' || word_ends(it, last));
    if (memo) *memo = {cache->key_of(p), last, matched ? it : nullptr, found};
    if (!matched) return false;
    value = found;
    first = it;
    return true;
}

} // namespace quotegraph::grammar
