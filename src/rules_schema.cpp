#include "rules_schema.hpp"

#include "../grammars/short_keys.hpp"

#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <map>
#include <numeric>

namespace quotegraph {

namespace {

enum class type { string, boolean, integer, words, entries, word_groups, examples, weights, thresholds };

struct field {
    std::string name;
    type kind;
    bool required = false;
    std::vector<std::string> choices = {}; // allowed values of a string
};

struct kind_schema {
    std::vector<field> top;
    std::vector<field> entry;       // the fields of each item of `entries`, if they are mappings
    std::string entry_key;          // the field that names an entry (duplicates are errors)
    std::vector<std::string> groups; // the keys a word_groups field may hold
};

const std::vector<std::string> classes{"neutral", "distancing", "factive", "question", "emphatic", "evaluative"};

std::vector<field> with_common(std::vector<field> fs) {
    fs.insert(fs.begin(), {{"kind", type::string, true}, {"version", type::integer, true}, {"examples", type::examples}});
    return fs;
}

const std::map<std::string, kind_schema>& schemas() {
    static const std::map<std::string, kind_schema> all = [] {
        std::map<std::string, kind_schema> m;
        m["reporting_verbs"] = {with_common({{"entries", type::entries, true}}),
                                {{"lemma", type::string, true},
                                 {"forms", type::words},
                                 {"class", type::string, false, classes},
                                 {"clause", type::boolean},
                                 {"object", type::boolean},
                                 {"quote", type::boolean},
                                 {"inverts", type::boolean},
                                 {"copular", type::boolean},
                                 {"raising", type::string, false, {"none", "any", "to", "passive"}},
                                 {"disabled", type::boolean}},
                                "lemma", {}};
        m["reporting_nouns"] = {with_common({{"entries", type::entries, true}}),
                                {{"lemma", type::string, true},
                                 {"forms", type::words},
                                 {"class", type::string, false, classes},
                                 {"disabled", type::boolean}},
                                "lemma", {}};
        m["sources"] = {with_common({{"entries", type::entries, true}}),
                        {{"name", type::string, true},
                         {"aliases", type::words},
                         {"type", type::string, false, {"media", "organization", "government", "person", "group"}},
                         {"state_controlled", type::boolean},
                         {"disabled", type::boolean}},
                        "name", {}};
        for (const char* k : {"titles", "abbreviations", "places"})
            m[k] = {with_common({{"entries", type::words, true}, {"remove", type::words}}), {}, "", {}};
        m["source_nouns"] = {with_common({{"person", type::words},
                                          {"group", type::words},
                                          {"organization", type::words},
                                          {"media", type::words},
                                          {"government", type::words}}),
                             {}, "", {}};
        m["flags"] = {with_common({{"entries", type::entries, true}}),
                      {{"flag", type::string, true, known_flags()},
                       {"phrases", type::words},
                       {"scope", type::string, false, {"sentence", "paragraph", "document"}},
                       {"place_phrases", type::words},
                       {"source_phrases", type::words},
                       {"frame_phrases", type::words},
                       {"relayed", type::boolean},
                       {"uncorroborated", type::boolean},
                       {"classes", type::words},
                       {"speaker_types", type::words},
                       {"state_controlled", type::boolean},
                       {"disabled", type::boolean}},
                      "flag", {}};
        m["verdicts"] = {with_common({{"weights", type::weights, true},
                                      {"thresholds", type::thresholds, true},
                                      {"on_record_kinds", type::words}}),
                         {}, "", {}};
        std::vector<field> fw;
        for (const char* k : {"determiners", "lone_determiners", "prepositions", "lead_ins", "matrix_verbs",
                              "subordinators", "hearsay_adverbs", "particles", "name_suffixes", "adverbs",
                              "evidence_nouns", "venues", "gerund_openers", "quantities", "approximators",
                              "comma_breaks", "heading_labels", "adverbial_openers", "finite_auxiliaries",
                              "sentence_openers", "catenatives", "stop_names"})
            fw.push_back({k, type::words});
        fw.push_back({"pronouns", type::word_groups});
        fw.push_back({"possessives", type::word_groups});
        m["function_words"] = {with_common(fw), {}, "", {"he", "she", "they", "it", "first_person"}};
        return m;
    }();
    return all;
}

const std::vector<field> example_fields{
    {"text", type::string, true},
    {"cue", type::string},
    {"speaker", type::string},
    {"source", type::string},
    {"content", type::string},
    {"kind", type::string, false, {"direct", "indirect", "mixed"}},
    {"flag", type::string},
    {"verdict", type::string, false, {"on_record", "needs_check", "unverifiable"}},
    {"must_not_match", type::boolean},
};

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::vector<std::string> names_of(const std::vector<field>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.name);
    return out;
}

// Each scalar met so far in a list, and its node (a duplicate names the
// first one's line). Checked at every start: views of the document's text in
// a flat map, not a tree of copied strings.
using scalars_seen = boost::unordered_flat_map<std::string_view, rule_node, string_hash>;

struct checker {
    std::vector<schema_problem>& out;

    void problem(const rule_node& n, std::string msg) { out.push_back({n.Mark(), std::move(msg)}); }

    std::string choices_text(const std::vector<std::string>& cs) {
        std::string s;
        for (std::size_t i = 0; i < cs.size(); ++i) s += (i ? ", " : "") + cs[i];
        return s;
    }

    void unknown_key(const rule_node& key, const std::string& where, const std::vector<std::string>& allowed) {
        std::string msg = "unknown key '" + key.Scalar() + "'" + where;
        if (auto near = did_you_mean(key.Scalar(), allowed); !near.empty()) msg += "; did you mean '" + near + "'?";
        problem(key, msg);
    }

    bool is_bool(const rule_node& n) {
        if (!n.IsScalar()) return false;
        const std::string_view s = n.scalar_view();
        return s == "true" || s == "false" || s == "yes" || s == "no";
    }

    // A list of words; a word twice is an error at its second place.
    void words(const rule_node& n, const std::string& name) {
        if (!n.IsSequence()) {
            problem(n, "'" + name + "' must be a list of strings");
            return;
        }
        scalars_seen seen;
        seen.reserve(n.size());
        for (const auto& item : n) {
            if (!item.IsScalar()) {
                problem(item, "'" + name + "' entries must be strings");
                continue;
            }
            auto [it, fresh] = seen.emplace(item.scalar_view(), item);
            if (!fresh)
                problem(item, "duplicate entry '" + item.Scalar() + "' in '" + name + "' (first at line " +
                                  std::to_string(it->second.Mark().line + 1) + ")");
        }
    }

    void value(const rule_node& n, const field& f) {
        switch (f.kind) {
        case type::string:
            if (!n.IsScalar()) problem(n, "'" + f.name + "' must be a string");
            else if (!f.choices.empty() && std::find(f.choices.begin(), f.choices.end(), n.Scalar()) == f.choices.end())
            {
                std::string msg = "'" + f.name + "' must be one of " + choices_text(f.choices) + ", not '" + n.Scalar() + "'";
                if (auto near = did_you_mean(n.Scalar(), f.choices); !near.empty()) msg += "; did you mean '" + near + "'?";
                problem(n, msg);
            }
            break;
        case type::boolean:
            if (!is_bool(n)) problem(n, "'" + f.name + "' must be true or false");
            break;
        case type::integer:
            if (!n.IsScalar() || n.scalar_view().empty() ||
                !std::all_of(n.scalar_view().begin(), n.scalar_view().end(), [](char c) { return c >= '0' && c <= '9'; }))
                problem(n, "'" + f.name + "' must be a whole number");
            break;
        case type::words:
            words(n, f.name);
            break;
        default:
            break;
        }
    }

    // The fields of one mapping: unknown keys, types, required fields.
    void mapping(const rule_node& n, const std::vector<field>& fs, const std::string& where) {
        for (const auto& kv : n) {
            const std::string key = kv.first.Scalar();
            auto f = std::find_if(fs.begin(), fs.end(), [&](const field& x) { return x.name == key; });
            if (f == fs.end()) unknown_key(kv.first, where, names_of(fs));
            else value(kv.second, *f);
        }
        for (const auto& f : fs)
            if (f.required && !n[f.name]) problem(n, "missing field '" + f.name + "'" + where);
    }

    void entries(const rule_node& n, const kind_schema& k) {
        if (!n.IsSequence()) {
            problem(n, "'entries' must be a list");
            return;
        }
        scalars_seen seen;
        seen.reserve(n.size());
        for (const auto& e : n) {
            if (!e.IsMap()) {
                problem(e, "an entry must be a mapping with a '" + k.entry_key + "'");
                continue;
            }
            mapping(e, k.entry, " in an entry");
            if (const auto key = e[k.entry_key]; key && key.IsScalar()) {
                auto [it, fresh] = seen.emplace(key.scalar_view(), key);
                if (!fresh)
                    problem(key, "duplicate entry '" + key.Scalar() + "' (first at line " +
                                     std::to_string(it->second.Mark().line + 1) + ")");
            }
        }
    }

    void word_groups(const rule_node& n, const std::string& name, const std::vector<std::string>& groups) {
        if (!n.IsMap()) {
            problem(n, "'" + name + "' must map " + choices_text(groups) + " to lists");
            return;
        }
        for (const auto& kv : n) {
            if (std::find(groups.begin(), groups.end(), kv.first.Scalar()) == groups.end())
                unknown_key(kv.first, " in '" + name + "'", groups);
            else words(kv.second, name + "." + kv.first.Scalar());
        }
    }

    // A mapping of known names to whole numbers: verdict weights, thresholds.
    void int_map(const rule_node& n, const std::string& name, const std::vector<std::string>& keys) {
        if (!n.IsMap()) {
            problem(n, "'" + name + "' must map " + choices_text(keys) + " to whole numbers");
            return;
        }
        for (const auto& kv : n) {
            if (std::find(keys.begin(), keys.end(), kv.first.Scalar()) == keys.end()) unknown_key(kv.first, " in '" + name + "'", keys);
            else value(kv.second, {kv.first.Scalar(), type::integer});
        }
    }

    void examples(const rule_node& n) {
        if (!n.IsSequence()) {
            problem(n, "'examples' must be a list");
            return;
        }
        for (const auto& e : n) {
            if (!e.IsMap()) {
                problem(e, "an example must be a mapping with a 'text'");
                continue;
            }
            mapping(e, example_fields, " in an example");
            if (const auto f = e["flag"]; f && f.IsScalar()) {
                const auto& flags = known_flags();
                if (std::find(flags.begin(), flags.end(), f.Scalar()) == flags.end()) {
                    std::string msg = "unknown flag '" + f.Scalar() + "'";
                    if (auto near = did_you_mean(f.Scalar(), flags); !near.empty()) msg += "; did you mean '" + near + "'?";
                    problem(f, msg);
                }
            }
        }
    }
};

} // namespace

const std::vector<std::string>& known_flags() {
    static const std::vector<std::string> ids{"anonymous_source", "state_media",    "hedged_cue",     "no_evidence",
                                              "unverified_context", "second_hand", "single_source", "vague_source"};
    return ids;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_d = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        // ("hedged" for "hedged_cue": a start of the name is close too)
        std::size_t d = word.size() >= 4 && c.starts_with(word) ? 1 : edit_distance(word, c);
        if (d < best_d) best = c, best_d = d;
    }
    return best;
}

std::vector<schema_problem> check_schema(const rule_node& root) {
    std::vector<schema_problem> out;
    checker c{out};
    if (!root.IsMap()) {
        c.problem(root, "a rule file must be a mapping with a 'kind'");
        return out;
    }
    const auto kind = root["kind"];
    if (!kind || !kind.IsScalar()) {
        c.problem(root, "missing field 'kind'");
        return out;
    }
    std::vector<std::string> kinds;
    for (const auto& [name, schema] : schemas()) kinds.push_back(name);
    auto it = schemas().find(kind.Scalar());
    if (it == schemas().end()) {
        std::string msg = "unknown rule kind '" + kind.Scalar() + "'";
        if (auto near = did_you_mean(kind.Scalar(), kinds); !near.empty()) msg += "; did you mean '" + near + "'?";
        c.problem(kind, msg);
        return out;
    }
    const kind_schema& k = it->second;
    for (const auto& kv : root) {
        const std::string key = kv.first.Scalar();
        auto f = std::find_if(k.top.begin(), k.top.end(), [&](const field& x) { return x.name == key; });
        if (f == k.top.end()) {
            c.unknown_key(kv.first, " in a '" + kind.Scalar() + "' file", names_of(k.top));
            continue;
        }
        if (f->kind == type::weights) c.int_map(kv.second, key, known_flags());
        else if (f->kind == type::thresholds) c.int_map(kv.second, key, {"needs_check", "unverifiable"});
        else if (f->kind == type::entries) c.entries(kv.second, k);
        else if (f->kind == type::word_groups) c.word_groups(kv.second, key, k.groups);
        else if (f->kind == type::examples) c.examples(kv.second);
        else c.value(kv.second, *f);
    }
    for (const auto& f : k.top)
        if (f.required && !root[f.name]) c.problem(root, "missing field '" + f.name + "'");
    return out;
}

} // namespace quotegraph
