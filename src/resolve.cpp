#include "resolve.hpp"

#include "antecedents.hpp"
#include "document.hpp"
#include "mentions.hpp"
#include "../grammars/short_keys.hpp"

#include <boost/container/small_vector.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <sstream>

namespace quotegraph {

std::string strip_article(std::string_view s) {
    for (std::string_view a : {"the ", "The "})
        if (s.starts_with(a)) return std::string(s.substr(a.size()));
    return std::string(s);
}

namespace {

// The words of a name, as views into `s` (which must outlive them).
// (held in place up to six words: most names have two or three, and a name
// is split each time resolution compares it)
using token_list = boost::container::small_vector<std::string_view, 6>;

token_list tokens(std::string_view s) {
    // (a table: four comparisons a byte were most of the cost)
    static constexpr auto separator = [] {
        std::array<bool, 256> a{};
        for (unsigned char c : std::string_view(" ,\t\n")) a[c] = true;
        return a;
    }();
    auto sep = [&](std::size_t k) { return separator[static_cast<unsigned char>(s[k])]; };
    token_list out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && sep(i)) ++i;
        std::size_t j = i;
        while (j < s.size() && !sep(j)) ++j;
        if (j > i) {
            std::string_view w = s.substr(i, j - i);
            // "Lee’s" names Lee
            for (std::string_view poss : {"\xE2\x80\x99s", "'s"})
                if (w.size() > poss.size() && w.ends_with(poss)) w.remove_suffix(poss.size());
            out.push_back(w);
        }
        i = j;
    }
    return out;
}

struct resolver {
    const document& d;
    const rule_set& rules;
    resolution_result r;
    boost::unordered_flat_map<std::string, std::size_t> by_key; // non-person entities by lower-case name
    // person and named mentions with their entity: pronoun and role antecedents
    antecedent_index antecedents;
    std::vector<char> gender; // per entity: 'm', 'f' or 0 (unknown)
    // A pronoun or a role looks this many mentions back at most: a text that
    // names thousands of men before one "she" must not cost mentions^2.
    static constexpr int reach = 500;

    // Person entities by the words of their names that person() compares, so
    // that a name is held against the few people it can join, not against
    // every person so far. Each list is in entity order; an entity a longer
    // name renames is listed under its new words too (entries it no longer
    // fits are skipped when read).
    // (keyed by the words' hash: an entity a collision puts on a list is one
    // that joins() rejects, or one that can join and so is on another list
    // person() reads; the first that joins is the same)
    struct person_lists {
        // (open addressing, and most lists hold one entity: no allocation for most names)
        using lists = boost::unordered_flat_map<std::size_t, boost::container::small_vector<std::size_t, 2>>;
        lists first, last, single, first_last, last_multi, last_short_first;
    } people;
    static std::size_t key_of(std::string_view word) { return hash_string(word); }
    static std::size_t key_of(std::string_view first, std::string_view last) {
        return key_of(first) * 0x9E3779B97F4A7C15ull ^ key_of(last);
    }

    std::size_t add_entity(std::string name, std::string_view type) {
        entity e;
        e.id = numbered('e', r.entities.size() + 1);
        e.name = std::move(name);
        e.type = type;
        e.mentions.reserve(4); // (noted right after; most have a few: one block, not one per doubling)
        r.entities.push_back(std::move(e));
        return r.entities.size() - 1;
    }

    static bool joins(const token_list& toks, const token_list& et) {
        if (et.empty() || toks.empty()) return false;
        bool same = et == toks;
        bool shorter = toks.size() == 1 && (toks[0] == et.back() || toks[0] == et.front());
        bool longer = et.size() == 1 && (et[0] == toks.back() || et[0] == toks.front());
        bool surname = toks.size() > 1 && et.size() > 1 && toks.back() == et.back() &&
                       (toks.front() == et.front() || toks.front().size() <= 2 || et.front().size() <= 2);
        return same || shorter || longer || surname;
    }

    static void insert_sorted(person_lists::lists::mapped_type& v, std::size_t e) {
        auto it = std::lower_bound(v.begin(), v.end(), e);
        if (it == v.end() || *it != e) v.insert(it, e);
    }

    void list_person(std::size_t e) {
        const auto t = tokens(r.entities[e].name);
        if (t.empty()) return;
        const std::size_t f = key_of(t.front()), b = key_of(t.back());
        insert_sorted(people.first[f], e);
        insert_sorted(people.last[b], e);
        if (t.size() == 1) {
            insert_sorted(people.single[f], e);
            return;
        }
        insert_sorted(people.first_last[key_of(t.front(), t.back())], e);
        insert_sorted(people.last_multi[b], e);
        if (t.front().size() <= 2) insert_sorted(people.last_short_first[b], e);
    }

    // A person name joins the first entity whose name shares its surname, or
    // whose first or last word it is ("Li" -> "Li Ming").
    std::size_t person(const std::string& name, bool& alias) {
        const auto toks = tokens(name);
        alias = false;
        std::optional<std::size_t> best;
        auto first_joining = [&](const auto& lists, std::size_t key) {
            auto l = lists.find(key);
            if (l == lists.end()) return;
            for (std::size_t e : l->second) {
                if (best && e >= *best) return;
                if (joins(toks, tokens(r.entities[e].name))) {
                    best = e;
                    return;
                }
            }
        };
        if (toks.size() == 1) {
            const std::size_t w = key_of(toks[0]);
            first_joining(people.first, w);
            first_joining(people.last, w);
        } else if (toks.size() > 1) {
            const std::size_t f = key_of(toks.front()), b = key_of(toks.back());
            first_joining(people.first_last, key_of(toks.front(), toks.back()));
            first_joining(people.single, f);
            first_joining(people.single, b);
            first_joining(toks.front().size() <= 2 ? people.last_multi : people.last_short_first, b);
        }
        if (best) {
            auto& e = r.entities[*best];
            const auto et = tokens(e.name);
            alias = et != toks;
            if (toks.size() > et.size()) {
                e.name = name;
                list_person(*best);
            }
            return *best;
        }
        const std::size_t e = add_entity(name, "person");
        list_person(e);
        return e;
    }

    std::size_t named(const mention& m, bool& alias) {
        std::string name(d.slice(m.head));
        if (m.type == "person") return person(name, alias);
        alias = false;
        std::string key = lower(strip_article(name));
        // ("the AP" is the AP)
        auto k = rules.sources.find(name);
        if (k == rules.sources.end()) k = rules.sources.find(strip_article(name));
        if (k != rules.sources.end()) {
            key = lower(strip_article(k->second.name));
            if (k->second.name != name) alias = true;
            name = k->second.name;
        }
        if (auto it = by_key.find(key); it != by_key.end()) return it->second;
        std::size_t e = add_entity(name, m.type.empty() ? std::string_view("organization") : m.type);
        by_key.emplace(std::move(key), e);
        return e;
    }

    // Mentions are deduplicated once at the end: a find here made a name
    // repeated n times cost n^2.
    void note(std::size_t e, const mention& m) {
        auto& ent = r.entities[e];
        ent.mentions.push_back(m.full);
        for (auto& role : m.roles)
            if (std::find(ent.roles.begin(), ent.roles.end(), role) == ent.roles.end()) ent.roles.push_back(role);
    }

    // The nearest entity mentioned before pos (within `reach` mentions) that
    // `fits`.
    template <typename Fits>
    std::optional<std::size_t> nearest_before(std::size_t pos, Fits fits) const {
        return antecedents.nearest_before(pos, reach, fits);
    }

    // The nearest entity mentioned before pos that a pronoun of this class can
    // name: he/she an individual of no other gender, they anyone, it a body.
    std::optional<std::size_t> antecedent(std::size_t pos, int pclass) const {
        const char want = pclass == 0 ? 'm' : pclass == 1 ? 'f' : 0;
        return nearest_before(pos, [&](std::size_t e) {
            const auto& type = r.entities[e].type;
            bool individual = type == "person" || type == "unnamed";
            return pclass <= 1 ? individual && (!want || !gender[e] || gender[e] == want)
                 : pclass == 2 ? true
                 : pclass == 3 ? !individual
                               : false;
        });
    }

    // "the spokesperson", "the correspondent": a role named before, by the
    // entity that holds it (a title, or the head of a description).
    std::optional<std::size_t> role_holder(const mention& m) const {
        std::string_view text = d.slice(m.head);
        if (!(text.starts_with("the ") || text.starts_with("The "))) return std::nullopt;
        std::string role = lower(text.substr(4));
        if (role.empty() || role.find(' ') != std::string::npos) return std::nullopt;
        return nearest_before(m.full.start, [&](std::size_t e) {
            const auto& ent = r.entities[e];
            bool holds = std::any_of(ent.roles.begin(), ent.roles.end(),
                                     [&](const std::string& x) { return lower(x).ends_with(role); });
            if (!holds && ent.type == "unnamed") {
                const std::string low = lower(ent.name);
                auto words = tokens(low);
                holds = std::find(words.begin(), words.end(), role) != words.end();
            }
            return holds;
        });
    }

    void learn_gender(std::size_t e, const mention& m) {
        for (const auto& role : m.roles) {
            if (role == "Mr." || role == "Mr") gender[e] = 'm';
            if (role == "Mrs." || role == "Ms." || role == "Miss" || role == "Mrs" || role == "Ms") gender[e] = 'f';
        }
    }

    void run(const std::vector<attribution>& atts) {
        r.speakers.assign(atts.size(), std::nullopt);
        // Names in the text first, so that a pronoun can refer to a person
        // who was named but not quoted. Only names that look like people
        // (two words or a title) are antecedents.
        const std::vector<mention> names = find_names(d, rules);
        // (at most one new entity a name and one an attribution: an entity moved
        // when the vector grew was its strings copied)
        r.entities.reserve(names.size() + atts.size());
        gender.reserve(names.size() + atts.size());
        antecedents.reserve(names.size(), atts.size());
        for (const auto& m : names) {
            if (m.type != "person") continue;
            if (tokens(d.slice(m.head)).size() < 2 && m.roles.empty()) continue;
            bool alias;
            std::size_t e = person(std::string(d.slice(m.head)), alias);
            gender.resize(r.entities.size(), 0);
            note(e, m);
            learn_gender(e, m);
            antecedents.note(m.full.start, e);
        }
        // Sources in text order, so that each pronoun sees what came before it.
        for (std::size_t i = 0; i < atts.size(); ++i) {
            const auto& a = atts[i];
            gender.resize(r.entities.size(), 0);
            if (!a.source) {
                if (a.continues >= 0 && r.speakers[a.continues])
                    r.speakers[i] = speaker{r.speakers[a.continues]->entity, resolution::continuation};
                // the topic of "X appears to …" is there for a later "it" or "its"
                if (a.topic && a.topic->kind != mention_kind::pronoun && a.topic->kind != mention_kind::description) {
                    bool alias = false;
                    std::size_t e = named(*a.topic, alias);
                    gender.resize(r.entities.size(), 0);
                    note(e, *a.topic);
                    antecedents.note(a.topic->full.start, e);
                }
                continue;
            }
            const mention& m = *a.source;
            if (m.kind == mention_kind::pronoun) {
                int pc = pronoun_class(d.slice(m.head), rules);
                if (auto e = antecedent(m.full.start, pc)) {
                    note(*e, m);
                    if (pc <= 1 && !gender[*e]) gender[*e] = pc == 0 ? 'm' : 'f';
                    r.speakers[i] = speaker{*e, resolution::pronoun};
                    antecedents.note(m.full.start, *e);
                }
                continue;
            }
            if (m.kind == mention_kind::description) {
                if (auto e = role_holder(m)) {
                    note(*e, m);
                    r.speakers[i] = speaker{*e, resolution::role};
                    antecedents.note(m.full.start, *e);
                    continue;
                }
            }
            bool alias = false;
            std::size_t e = named(m, alias);
            gender.resize(r.entities.size(), 0);
            note(e, m);
            learn_gender(e, m);
            resolution how = rules.places.count(d.slice(m.head)) ? resolution::metonymy
                           : alias                                             ? resolution::alias
                                                                               : resolution::explicit_;
            r.speakers[i] = speaker{e, how};
            antecedents.note(m.full.start, e);
        }
        // Entities that only served as antecedents and were never a speaker are dropped.
        std::vector<bool> used(r.entities.size(), false);
        for (auto& s : r.speakers)
            if (s) used[s->entity] = true;
        std::vector<std::size_t> remap(r.entities.size());
        std::vector<entity> kept;
        kept.reserve(r.entities.size());
        for (std::size_t i = 0; i < r.entities.size(); ++i) {
            if (!used[i]) continue;
            remap[i] = kept.size();
            kept.push_back(std::move(r.entities[i]));
            kept.back().id = numbered('e', kept.size());
        }
        for (auto& s : r.speakers)
            if (s) s->entity = remap[s->entity];
        for (auto& e : kept) {
            std::sort(e.mentions.begin(), e.mentions.end(),
                      [](const span& a, const span& b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
            e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
        }
        r.entities = std::move(kept);
    }
};

} // namespace

resolution_result resolve(const document& d, const std::vector<attribution>& atts, const rule_set& rules) {
    resolver rs{d, rules, {}, {}, {}, {}, {}};
    rs.run(atts);
    return std::move(rs.r);
}

} // namespace quotegraph
