#include "lexicon.hpp"


namespace quotegraph::grammar {

namespace {

// The run of letters and digits at p: the part of a word a list lookup turns
// on (an entry can only match as a whole word if it is this run, or this run
// followed by more: "Vice President", "Sen.").
std::size_t first_run(const char* p, const char* last) {
    const char* q = p;
    while (q < last)
        if (std::size_t n = lexicon::alnum_at(q, last)) q += n;
        else break;
    return std::size_t(q - p);
}

std::uint64_t hash_run(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull; // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

} // namespace

void lexicon::build_index() {
    const word_table* tables[] = {&cues, &compound_nouns, &noun_cues, &quote_cues, &titles, &person_nouns,
                                  &group_nouns, &org_nouns, &determiners, &lone_determiners, &prepositions,
                                  &matrix_verbs, &subordinators, &lead_ins, &pronouns, &hearsay_adverbs,
                                  &possessives, &particles, &name_suffixes, &adverbs, &catenatives, &stop_names};
    std::vector<indexed_word> words;
    std::vector<std::size_t> slot_of; // index_ slot -> words index + 1 while building
    auto grow = [&](std::size_t capacity) {
        slot_of.assign(capacity, 0);
        for (std::size_t k = 0; k < words.size(); ++k) {
            std::size_t i = hash_run(words[k].run) & (capacity - 1);
            while (slot_of[i]) i = (i + 1) & (capacity - 1);
            slot_of[i] = k + 1;
        }
    };
    grow(64);
    auto info_for = [&](std::string_view run) -> word_info& {
        if (2 * (words.size() + 1) > slot_of.size()) grow(2 * slot_of.size());
        std::size_t i = hash_run(run) & (slot_of.size() - 1);
        while (slot_of[i] && words[slot_of[i] - 1].run != run) i = (i + 1) & (slot_of.size() - 1);
        if (!slot_of[i]) {
            words.push_back({std::string(run), {}});
            slot_of[i] = words.size();
        }
        return words[slot_of[i] - 1].info;
    };
    for (const word_table* t : tables) {
        const std::uint32_t bit = 1u << t->id;
        for (const std::string& entry : t->forms) {
            const int* value = t->entries.find(entry); // the entry as it stands (the first value added; removed?)
            const std::size_t n = first_run(entry.data(), entry.data() + entry.size());
            if (!value || n == 0) continue; // one starting with no letter: only the x3 lookup can match it
            word_info& info = info_for(std::string_view(entry).substr(0, n));
            if (n == entry.size()) {
                info.whole |= bit;
                info.values[t->id] = *value;
            } else {
                info.longer |= bit;
            }
        }
    }
    index_.assign(slot_of.size(), {});
    for (std::size_t i = 0; i < slot_of.size(); ++i)
        if (slot_of[i]) index_[i] = std::move(words[slot_of[i] - 1]);
}

const word_info* lexicon::find_run(std::string_view run) const {
    const std::size_t mask = index_.size() - 1;
    for (std::size_t i = hash_run(run) & mask;; i = (i + 1) & mask) {
        const indexed_word& w = index_[i];
        if (w.run.empty()) return nullptr;
        if (w.run == run) return &w.info;
    }
}

bool lexicon::match_slow(const word_table& table, const char*& first, const char* last, int& value, word_cache* cache) const {
    const char* p = first;
    if (p < last && !index_.empty()) {
        const word_info* info = nullptr;
        std::size_t run = 0;
        bool known = false;
        if (cache && p >= cache->begin && p < cache->end) {
            word_cache::slot& s = cache->slots[std::size_t(p - cache->begin) % cache->slots.size()];
            if (s.at != p) {
                s.at = p;
                s.run = std::uint32_t(first_run(p, cache->end));
                s.info = s.run ? find_run({p, s.run}) : nullptr;
            }
            // the run in [p, last) is the one in the whole text unless `last` cuts it
            if (s.run && p + s.run <= last) {
                run = s.run;
                info = s.info;
                known = true;
            }
        } else if ((run = first_run(p, last))) {
            info = find_run({p, run});
            known = true;
        }
        // With a run at p, x3::symbols' longest entry that prefixes the text
        // is either the run itself, an entry going on past it, or shorter
        // than the run (then it ends inside a word and matches nothing).
        if (known) {
            const std::uint32_t bit = 1u << table.id;
            if (!info) return false;
            if (!(info->longer & bit)) {
                if (!(info->whole & bit) || !word_ends(p + run, last)) return false;
                value = info->values[table.id];
                first = p + run;
                return true;
            }
        }
    }
    const char* it = p;
    x3::unused_type unused;
    if (!table.entries.parse(it, last, unused, unused, value)) return false;
    if (*(it - 1) != '.' && !word_ends(it, last)) return false;
    first = it;
    return true;
}

} // namespace quotegraph::grammar
