// Word lists the grammars consult at parse time. Filled from the YAML rules
// (src/rules.cpp) and put into every parse context once (config.hpp).
#pragma once
#include <boost/spirit/home/x3.hpp>
#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include "prefix_trie.hpp"
#include "short_keys.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph::grammar {

namespace x3 = boost::spirit::x3;

// "the race seems closer", "X appears to", "X is expected to": the subject is
// part of the report. none | any (any complement) | to (an infinitive) | passive ("is expected to")
enum class raising_kind : std::uint8_t { none, any, to, passive };

struct cue_info {
    std::string_view lemma; // (interned: see quotegraph::intern)
    std::string_view cls;   // neutral | distancing | factive | question ...
    bool participle = false; // saying, adding: the speaker is the clause's subject
    bool clause = true;      // can introduce reported speech (not only a quotation)
    bool object = false;     // takes an addressee before the clause: told reporters that
    bool quote = true;       // can frame a quotation ("…," she said), not only a clause
    bool inverts = true;     // may come before its subject: "…, said the minister"
    raising_kind raising = raising_kind::none;
};

// One word list: its entries, and the list's place in the lexicon's word
// index. A lookup is settled by the index (build_index) wherever it can be;
// the trie (which settles a match by the longest entry that prefixes the
// text, as x3::symbols did) holds only the entries the index cannot settle
// alone: those whose first run of letters and digits starts a longer entry
// of the list ("Vice" and "Vice President"), and those that start with no
// letter or digit (3,449 of the 8,385 entries of the default lists).
struct word_table {
    // (asked with a string_view; open addressing: a node-based map's lookup
    // is a bucket load, then a node load, then the key's)
    boost::unordered_flat_map<std::string, int, string_hash, std::equal_to<>> current; // entry -> value (the first one added, as x3::symbols keeps it)
    prefix_trie entries;                          // filled by lexicon::build_index
    int id;                                       // bit of this list in word_info's masks

    explicit word_table(int table_id) : id(table_id) {}
    void add(const std::string& form, int value) { current.try_emplace(form, value); }
    void add(std::string&& form, int value) { current.try_emplace(std::move(form), value); }
    void remove(std::string_view form) { current.erase(form); }
    const int* find(std::string_view form) const {
        const auto it = current.find(form);
        return it == current.end() ? nullptr : &it->second;
    }
};

// What the lists hold for one run of letters and digits (see first_run):
// the lists that have it as an entry (with its value there) and the lists
// with a longer entry that starts with it ("Vice" of "Vice President").
struct word_info {
    std::uint32_t whole = 0, longer = 0;
    std::uint32_t values_at = 0; // its values in lexicon's value list, one per bit of `whole`, in bit order
    // the lists with a longer entry that goes on from the run otherwise than
    // with a space and a run of three bytes or more ("al-", "U.S.", "the B")
    std::uint32_t odd = 0;
};

// Each position the grammars ask about, looked up once per document: the
// grammars ask several lists about the same word, and ask again at the same
// position from many starts. Holds positions of one text only.
struct word_cache {
    const char* begin;
    const char* end;
    struct slot {
        std::uint64_t key = 0;  // key_of(the position), 0 if never filled
        std::uint32_t info = 0; // the run's entry in the lexicon's word index + 1; 0 if no list has it
        std::uint32_t run = 0;
    };
    // One per byte of the text up to 512 Ki (a power of two, at least 1,024;
    // 8 MB at most): positions a multiple of its size apart share one, and in
    // an article none do, so a word looked up early stays found for the later
    // stages. A longer text costs more per byte (each stage's sweep evicts the
    // words the next one asks about again), by a bounded factor.
    std::vector<slot> slots;
    std::size_t slot_mask = 0;
    // A cache is used again for the next text of its thread (see for_text):
    // a slot's key is its position's address plus this use's stamp (a
    // generation, 1 to 0xFFFF, in the top 16 bits), so a slot left from an
    // earlier text reads as empty, with no clearing in between. (Addresses
    // are below 2^48; reset clears the slots for a text that is not.)
    std::uint64_t stamp = 0;
    std::uint64_t key_of(const char* p) const { return reinterpret_cast<std::uintptr_t>(p) + stamp; }
    slot& slot_at(const char* p) { return slots[std::size_t(p - begin) & slot_mask]; }
    const slot& slot_at(const char* p) const { return slots[std::size_t(p - begin) & slot_mask]; }
    // The run of letters and digits at p, as a lookup there found it; 0 if
    // none has been made (or there is no run).
    std::size_t cached_run(const char* p) const {
        if (p < begin || p >= end) return 0;
        const slot& s = slot_at(p);
        return s.key == key_of(p) ? s.run : 0;
    }
    // Where a mention rule (see memo.hpp) ended when tried at `at` with
    // input up to `last`: the frame grammars try the same kinds of mention
    // at the same word from several rules.
    struct parse_memo {
        std::uint64_t key = 0; // key_of(where it was tried)
        const char* last = nullptr;
        const char* end = nullptr;
        int rule = -1;
        bool matched = false;
    };
    std::array<parse_memo, 1024> memo{};
    // What a list's trie found at a position with input up to `last`: the
    // cue list's entries of several words ("was denying", "has been saying")
    // send a lookup of "was" or "has" there where the next word may be one
    // of theirs, and the grammars ask at each position again from several
    // rules.
    struct trie_memo {
        std::uint64_t key = 0; // key_of(the position)
        const char* last = nullptr;
        const char* end = nullptr; // past the entry found; nullptr if none
        int value = 0;
    };
    std::array<trie_memo, 256> trie_memos{};
    // The memo for list `id` (under 32) at p, in the text: a list's memos are
    // those whose index has its id for the low five bits, so a memo's key
    // (the position) tells the list too.
    trie_memo& trie_memo_at(const char* p, int id) {
        return trie_memos[(std::size_t(p - begin) * 32 + std::size_t(id)) % trie_memos.size()];
    }

    word_cache(const char* b, const char* e) { reset(b, e); }
    // Makes this the cache of [b, e), forgetting the text it held.
    void reset(const char* b, const char* e);
    // A cache for [b, e), reusing the one this thread's last text had when it
    // has been released: a document's cache is a large block (256 KB for an
    // article of 16 KB) that would otherwise be allocated and zeroed per text.
    static std::shared_ptr<word_cache> for_text(const char* b, const char* e);
};

struct lexicon {
    word_table cues{0};             // every inflected form -> index into cue_infos
    word_table compound_nouns{1};   // source nouns of several words ("think tank", "news agency")
    word_table noun_cues{2};        // claim, call, vow: "his call to bring …" (index into cue_infos)
    word_table quote_cues{3};       // the forms that can frame a quotation (said; not "wants")
    std::vector<cue_info> cue_infos;
    word_table titles{4};           // "President", "Sen.", "spokesperson"
    word_table person_nouns{5};     // heads of described individuals: journalist, aide
    word_table group_nouns{6};      // plural heads: officials, sources, people
    word_table org_nouns{7};        // heads of organisations and media: television, ministry
    word_table determiners{8};      // a, the, another, two
    word_table lone_determiners{9}; // another, one, others: a source on their own
    word_table prepositions{10};    // with, on, in: a quote right after one is a title
    word_table matrix_verbs{11};    // "but has withheld": the reporter's next verb
    word_table subordinators{12};   // when, if, while: open a subordinate clause
    word_table lead_ins{13};        // in, on, during, Monday: what may stand between a verb and "that"
    word_table pronouns{14};        // value: 0 he, 1 she, 2 they, 3 it, 4 we/I
    word_table hearsay_adverbs{15}; // reportedly, allegedly: a report with no source
    word_table possessives{16};     // his, her, their, its (values as for pronouns)
    word_table particles{17};       // von, der, al, bin
    word_table name_suffixes{18};   // Jr., Sr., III
    word_table adverbs{19};         // also, later, has: may stand between source and cue
    word_table catenatives{20};     // continued, went on: "continued to insist" before a cue
    word_table stop_names{21};      // capitalised words that never start a name: The, But, In

    // Builds the word index from the lists; call after the last change to
    // them, and before the first lookup.
    void build_index();
    // The entry of `table` at `first` as a whole word ("says" not inside
    // "saysay"; an entry ending in '.' is whole already), exactly as
    // x3::symbols would match it, through the word index (and `cache`, when
    // `first` lies in its text). Advances `first` past it.
    bool match(const word_table& table, const char*& first, const char* last, int& value, word_cache* cache) const {
        // inline: a position asked about before (most are) settles in a few instructions
        if (cache && first >= cache->begin && first < cache->end) {
            const word_cache::slot& s = cache->slot_at(first);
            if (s.key == cache->key_of(first) && s.run && first + s.run <= last) {
                const std::uint32_t bit = 1u << table.id;
                if (!s.info) return false;
                const word_info& info = *info_at(s.info);
                if (!(info.longer & bit)) {
                    if (!(info.whole & bit) || !word_ends(first + s.run, last)) return false;
                    value = value_of(info, bit);
                    first += s.run;
                    return true;
                }
            }
        }
        return match_slow(table, first, last, value, cache);
    }

    // The most words, as chars::ws separates them, in an entry of `table`.
    std::size_t most_words(const word_table& table) const { return most_words_[table.id]; }

    // Whether an entry of any list in `tables` (a mask of ids) matches at
    // `first` as match() would, in one lookup where the index settles it.
    bool match_any(std::uint32_t tables, const char* first, const char* last, word_cache* cache) const {
        const std::ptrdiff_t n = settle(tables, first, last, cache);
        return n < 0 ? match_any_slow(tables, first, last, cache) : n > 0;
    }
    // What the cached index says of the lists in `tables` at `first`: the
    // length every one of them that matches there would consume (they can
    // only match the run of letters and digits itself), 0 if none does, -1
    // if the index cannot tell (the position is not cached, or a list has a
    // longer entry starting with the run).
    std::ptrdiff_t settle(std::uint32_t tables, const char* first, const char* last, const word_cache* cache) const {
        if (!cache || first < cache->begin || first >= cache->end) return -1;
        const word_cache::slot& s = cache->slot_at(first);
        if (s.key != cache->key_of(first) || !s.run || first + s.run > last) return -1;
        if (!s.info) return 0;
        const word_info& info = *info_at(s.info);
        if (info.longer & tables) return -1;
        return (info.whole & tables) && word_ends(first + s.run, last) ? std::ptrdiff_t(s.run) : 0;
    }

    // The lists (a mask of ids) with an entry that may start the text at p:
    // a list left out has none that is a prefix of [p, last) ending where a
    // word does. (Lists with an entry starting with no letter are always in.)
    std::uint32_t lists_at(const char* p, const char* last, word_cache* cache) const {
        std::size_t run;
        return lists_at(p, last, cache, run);
    }
    // ... and the run of letters and digits at p as the cache has it, cut at
    // `last` (0 if it has none there), from the same look at its slot
    std::uint32_t lists_at(const char* p, const char* last, word_cache* cache, std::size_t& run) const {
        // inline: a position asked about before (most are) settles in a few instructions
        if (cache && p >= cache->begin && p < cache->end) {
            const word_cache::slot& s = cache->slot_at(p);
            if (s.key == cache->key_of(p) && s.run && p + s.run <= last) {
                run = s.run;
                const word_info* info = info_at(s.info);
                return unindexed_ | (info ? info->whole | info->longer : 0);
            }
        }
        const std::uint32_t lists = lists_at_slow(p, last, cache);
        run = cache && p < last ? std::min(cache->cached_run(p), std::size_t(last - p)) : 0;
        return lists;
    }
    std::uint32_t lists_at_slow(const char* p, const char* last, word_cache* cache) const;
    // Looks up every run of letters and digits of the cache's text, from its
    // start: the stages' lookups then find them in the cache. (In one sweep
    // the index's slots, most of them a cache miss, are loaded several at a
    // time; asked for one at a time by the grammars, each was waited for.)
    void warm(word_cache& cache) const;

    // The lists (a mask of ids) with an entry that starts with no letter or
    // digit: lists_at has them at every position.
    std::uint32_t unindexed() const { return unindexed_; }

    // chars::alnum, by hand: ASCII letters and digits, and the 2-byte letters
    // U+00C0..U+07FF. The bytes of the one at p, 0 if none.
    static std::size_t alnum_at(const char* p, const char* last) {
        // (asked at every byte of every word: one table load for the common case)
        static constexpr auto kinds = [] { // 1: an ASCII letter or digit, 2: a lead byte C3..DF
            std::array<std::uint8_t, 256> a{};
            for (int c = 0; c < 256; ++c)
                a[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? 1 : c >= 0xC3 && c <= 0xDF ? 2 : 0;
            return a;
        }();
        const auto k = kinds[static_cast<unsigned char>(*p)];
        if (k == 1) return 1;
        return k == 2 && p + 1 < last && (static_cast<unsigned char>(p[1]) & 0xC0) == 0x80 ? 2 : 0;
    }
    // chars::word_end at p: no letter or digit, nor "-" and one, follows.
    static bool word_ends(const char* p, const char* last) {
        if (p == last) return true;
        if (alnum_at(p, last)) return false;
        return !(*p == '-' && p + 1 < last && alnum_at(p + 1, last));
    }

private:
    bool match_any_slow(std::uint32_t tables, const char* first, const char* last, word_cache* cache) const;
    bool match_slow(const word_table& table, const char*& first, const char* last, int& value, word_cache* cache) const;
    // The index is small enough to stay in cache: slots of 8 bytes, words of 24.
    struct indexed_word {
        std::uint32_t run_at, run_size; // in runs_
        word_info info;
    };
    // Open addressing by hash, a power of two of them: the upper half of the
    // word's hash, and its index into words_ + 1 (0 if free). A run no list
    // has is told apart in the slots mostly, not reading words_.
    struct index_slot {
        std::uint32_t tag = 0, word = 0;
    };
    std::vector<index_slot> slots_;
    std::vector<indexed_word> words_;
    std::string runs_;
    std::vector<int> values_;
    std::uint32_t unindexed_ = 0; // lists with an entry that starts with no letter or digit
    // Of each longer entry that goes on with a space and a run of three bytes
    // or more ("was denying"), the list, the first run and the second's first
    // three bytes (next_key): where the text has none of these after the
    // run, no longer entry can start it, and the trie is not walked.
    boost::unordered_flat_set<std::uint64_t> next_runs_;
    static std::uint64_t next_key(int list, std::uint32_t word, const char* three) {
        return std::uint64_t(list) << 59 | std::uint64_t(word) << 24 | std::uint64_t(static_cast<unsigned char>(three[0])) |
               std::uint64_t(static_cast<unsigned char>(three[1])) << 8 | std::uint64_t(static_cast<unsigned char>(three[2])) << 16;
    }
    // Whether a longer entry of the list may start at the run that ends at q,
    // whose index entry is `word` (+ 1) with `info`: if not, the run itself is
    // all the list can match there.
    bool may_go_on(int list, std::uint32_t word, const word_info& info, const char* q, const char* last) const {
        return (info.odd >> list & 1) || (last - q >= 4 && *q == ' ' && next_runs_.contains(next_key(list, word - 1, q + 1)));
    }
    std::array<std::size_t, 32> most_words_{};
    // The run's entry in words_ + 1; 0 if no list has it (hash: the run's, as first_run gives it).
    std::uint32_t find_run(std::string_view run, std::uint64_t hash) const;
    // From slot i on (linear probing), the first slot with this tag, or an empty one.
    std::size_t tagged_slot(std::size_t i, std::uint32_t tag) const {
        while (slots_[i].word && slots_[i].tag != tag) i = (i + 1) & (slots_.size() - 1);
        return i;
    }
    const word_info* info_at(std::uint32_t found) const { return found ? &words_[found - 1].info : nullptr; }
    // The cache's slot for p (in its text), filled on a first visit.
    const word_cache::slot& visit(word_cache& cache, const char* p) const;
    int value_of(const word_info& info, std::uint32_t bit) const {
        return values_[info.values_at + std::popcount(info.whole & (bit - 1))];
    }
};

// What every parse has in its context: the lexicon and, while one document
// is analysed, its word cache.
struct parse_env {
    const lexicon* lex;
    word_cache* cache = nullptr;
};

struct lexicon_tag;

} // namespace quotegraph::grammar
