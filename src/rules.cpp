#include "rules.hpp"
#include "document.hpp"
#include "input.hpp"
#include "rules_schema.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <fstream>
#include <optional>

namespace quotegraph {

namespace {

std::string where(const std::string& file, const YAML::Mark& m) {
    return file + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
}

// A boolean field of a rule entry, `otherwise` when it is left out.
bool flag(const rule_node& entry, std::string_view key, bool otherwise) {
    const rule_node n = entry[key];
    return n ? n.as<bool>() : otherwise;
}

bool is_vowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

std::string plural(const std::string& w) {
    if (w.ends_with("man")) return w.substr(0, w.size() - 3) + "men";
    if (w.ends_with("person")) return w.substr(0, w.size() - 6) + "people";
    if (w.ends_with("y") && w.size() > 1 && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
    if (w.ends_with("s") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with("x")) return w + "es";
    if (w.ends_with("fe")) return w.substr(0, w.size() - 2) + "ves";
    return w + "s";
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    return s;
}

// Each (list, form) pair a cue entry puts in the lexicon, in the order it
// adds them, and whether the form is a participle ("saying", "asking for":
// the first word tells). Lists: 0 the cues, 1 the quotation cues, 2 the
// reporting nouns.
template <typename Each>
void each_cue_form(const rule_set::cue_record& r, Each&& each) {
    if (!r.verb) {
        for (const auto& f : r.forms) each(2, std::string(f), false);
        return;
    }
    for (const auto& f : r.forms) {
        const std::string_view head = std::string_view(f).substr(0, f.find(' '));
        const bool ing = head.size() > 4 && head.ends_with("ing");
        each(0, std::string(f), ing);
        if (r.quote) each(1, std::string(f), ing);
        std::string upper = capitalised(f); // "Said Hale, ..."
        if (r.quote) {
            each(0, std::string(upper), ing);
            each(1, std::move(upper), ing);
        } else {
            each(0, std::move(upper), ing);
        }
        // "McConnell is criticizing …": a progressive is finite
        if (ing && head.size() == f.size())
            for (const char* aux : {"is ", "are ", "was ", "were ", "has been ", "have been ", "had been "})
                each(0, aux + f, false);
    }
}

struct loader {
    rule_set& rs;
    std::vector<std::string>& errors;
    std::shared_ptr<const std::string> path; // the file's name, shared by the origins of its entries
    const std::string& file = *path;

    void error(const rule_node& n, const std::string& msg) {
        errors.push_back(where(file, n.Mark()) + ": error: " + msg);
    }

    std::vector<std::string> strings(const rule_node& n, const char* what) {
        std::vector<std::string> out;
        if (!n) return out;
        if (!n.IsSequence()) {
            error(n, std::string("'") + what + "' must be a list of strings");
            return out;
        }
        for (const auto& item : n) {
            if (!item.IsScalar()) {
                error(item, std::string("'") + what + "' entries must be strings");
                continue;
            }
            out.push_back(item.Scalar());
        }
        return out;
    }

    void add_words(grammar::word_table& table, const rule_node& n, const char* what, int value = 0,
                   bool also_capitalised = false) {
        for (const auto& w : strings(n, what)) {
            table.add(w, value);
            if (also_capitalised) table.add(capitalised(w), value);
        }
    }

    void define(const std::string& kind, const std::string& key, const rule_node& n) {
        rs.origins[{kind, key}] = {path, n.Mark().line + 1};
    }

    grammar::word_table& cue_table(int id) {
        return id == 0 ? rs.lex.cues : id == 1 ? rs.lex.quote_cues : rs.lex.noun_cues;
    }

    // A later file that names an entry again replaces it, or with `disabled:
    // true` removes it: what the earlier one added is taken back first.
    void take_back(const std::string& kind, const std::string& key) {
        if (auto it = rs.cue_forms.find({kind, key}); it != rs.cue_forms.end()) {
            each_cue_form(it->second, [&](int table, std::string&& form, bool) { cue_table(table).remove(form); });
            rs.cue_forms.erase(it);
        }
        rs.origins.erase({kind, key});
    }

    // Lists of words under named keys: each word is an entry of "kind.key".
    void word_origins(const rule_node& root, const std::string& kind) {
        for (const auto& kv : root) {
            const std::string key = kv.first.Scalar();
            if (kv.second.IsSequence() && key != "examples") {
                const std::string list = kind + "." + key;
                for (const auto& w : kv.second) define(list, w.Scalar(), w);
            } else if (kv.second.IsMap()) {
                for (const auto& group : kv.second) {
                    const std::string list = kind + "." + key + "." + group.first.Scalar();
                    for (const auto& w : group.second) define(list, w.Scalar(), w);
                }
            }
        }
    }

    bool disabled(const rule_node& e) { return flag(e, "disabled", false); }

    void examples(const rule_node& root) {
        for (const rule_node& e : root["examples"]) {
            rule_example x;
            x.file = file;
            x.line = e.Mark().line + 1;
            x.text = e["text"].as<std::string>();
            for (const char* k : {"cue", "speaker", "source", "content", "kind", "flag", "verdict"})
                if (e[k]) x.expect[k] = e[k].as<std::string>();
            x.must_not_match = flag(e, "must_not_match", false);
            rs.examples.push_back(std::move(x));
        }
    }

    // Word-list kinds: `entries` adds words, `remove` takes default ones away.
    void word_list(const rule_node& root, const std::string& kind, const std::function<void(const std::string&, bool)>& apply) {
        for (const auto& w : root["entries"]) {
            apply(w.Scalar(), true);
            define(kind, w.Scalar(), w);
        }
        for (const auto& w : root["remove"]) {
            apply(w.Scalar(), false);
            rs.origins.erase({kind, w.Scalar()});
        }
    }

    // The lemma and class every reporting verb or noun entry has; nullopt (and
    // an error) when the entry is not a mapping with a lemma.
    std::optional<grammar::cue_info> cue_entry(const rule_node& e, const char* what) {
        if (!e.IsMap() || !e["lemma"]) {
            error(e, std::string("a reporting ") + what + " needs a 'lemma'");
            return std::nullopt;
        }
        grammar::cue_info info;
        info.lemma = intern(e["lemma"].as<std::string>());
        info.cls = e["class"] ? intern(e["class"].as<std::string>()) : "neutral";
        return info;
    }

    void reporting_verbs(const rule_node& root) {
        for (const rule_node& e : root["entries"]) {
            auto info = cue_entry(e, "verb");
            if (!info) continue;
            const std::string lemma(info->lemma);
            take_back("reporting_verbs", lemma);
            if (disabled(e)) continue;
            define("reporting_verbs", lemma, e);
            info->clause = flag(e, "clause", true);
            info->object = flag(e, "object", false);
            info->quote = flag(e, "quote", true);
            info->inverts = info->quote && flag(e, "inverts", true);
            if (e["raising"]) {
                const auto raising = e["raising"].as<std::string>();
                if (raising == "none") info->raising = grammar::raising_kind::none;
                else if (raising == "any") info->raising = grammar::raising_kind::any;
                else if (raising == "to") info->raising = grammar::raising_kind::to;
                else if (raising == "passive") info->raising = grammar::raising_kind::passive;
                else error(e["raising"], "'raising' must be one of none, any, to, passive");
            }
            auto forms = e["forms"] ? strings(e["forms"], "forms") : inflect(lemma);
            // an adjective after "be": "is convinced that", "were worried about"
            if (flag(e, "copular", false)) {
                forms.clear();
                for (const char* be : {"is ", "are ", "was ", "were ", "be ", "been ", "remains ", "remained "})
                    forms.push_back(be + lemma);
            }
            int plain = int(rs.lex.cue_infos.size());
            rs.lex.cue_infos.push_back(*info);
            info->participle = true;
            int participle = int(rs.lex.cue_infos.size());
            rs.lex.cue_infos.push_back(*info);
            auto& added = rs.cue_forms[{"reporting_verbs", lemma}];
            added = {std::move(forms), true, info->quote};
            each_cue_form(added, [&](int table, std::string&& form, bool participial) {
                cue_table(table).add(std::move(form), participial ? participle : plain);
            });
        }
    }

    void reporting_nouns(const rule_node& root) {
        for (const rule_node& e : root["entries"]) {
            auto info = cue_entry(e, "noun");
            if (!info) continue;
            const std::string lemma(info->lemma);
            take_back("reporting_nouns", lemma);
            if (disabled(e)) continue;
            define("reporting_nouns", lemma, e);
            info->quote = false;
            int idx = int(rs.lex.cue_infos.size());
            rs.lex.cue_infos.push_back(*info);
            auto& added = rs.cue_forms[{"reporting_nouns", lemma}];
            added = {e["forms"] ? strings(e["forms"], "forms") : std::vector<std::string>{lemma}, false, false};
            each_cue_form(added, [&](int table, std::string&& form, bool) { cue_table(table).add(std::move(form), idx); });
        }
    }

    void source_nouns(const rule_node& root) {
        static const std::pair<const char*, const char*> sections[] = {
            {"person", "unnamed"}, {"group", "group"}, {"organization", "organization"}, {"media", "media"},
            {"government", "government"}};
        for (auto [key, type] : sections) {
            auto& table = std::string_view(key) == "person" ? rs.lex.person_nouns
                        : std::string_view(key) == "group"  ? rs.lex.group_nouns
                                                            : rs.lex.org_nouns;
            for (const auto& w : strings(root[key], key)) {
                // "Experts said" opens a sentence as often as "experts" follows a comma
                // "his ex-wife", "a former co-worker": the prefix keeps the role
                std::vector<std::string> forms{w, capitalised(w)};
                if (std::string_view(key) == "person" && w.find(' ') == std::string::npos)
                    for (const char* prefix : {"ex-", "Ex-", "co-", "Co-"}) forms.push_back(prefix + w);
                for (const auto& form : forms) {
                    table.add(form, 0);
                    if (form.find(' ') != std::string::npos) rs.lex.compound_nouns.add(form, 0);
                    rs.noun_types[form] = type;
                }
                // a described individual's plural is a group: strategist -> strategists
                if ((std::string_view(key) == "person" || std::string_view(key) == "media") &&
                    w.find(' ') == std::string::npos) {
                    for (const auto& form : {plural(w), capitalised(plural(w))}) {
                        rs.lex.group_nouns.add(form, 0);
                        rs.noun_types.emplace(form, "group");
                    }
                }
                // "the ads", "outside groups": bodies in the plural are still bodies
                if (std::string_view(key) == "organization" && w.find(' ') == std::string::npos) {
                    for (const auto& form : {plural(w), capitalised(plural(w))}) {
                        table.add(form, 0);
                        rs.noun_types.emplace(form, type);
                    }
                }
            }
        }
    }

    void function_words(const rule_node& root) {
        add_words(rs.lex.determiners, root["determiners"], "determiners");
        add_words(rs.lex.lone_determiners, root["lone_determiners"], "lone_determiners");
        add_words(rs.lex.prepositions, root["prepositions"], "prepositions");
        add_words(rs.lex.lead_ins, root["lead_ins"], "lead_ins");
        add_words(rs.lex.matrix_verbs, root["matrix_verbs"], "matrix_verbs");
        add_words(rs.lex.subordinators, root["subordinators"], "subordinators");
        for (const auto& w : strings(root["sentence_openers"], "sentence_openers")) rs.sentence_openers.insert(w);
        for (const auto& w : strings(root["evidence_nouns"], "evidence_nouns")) rs.evidence_nouns.insert(w);
        for (const auto& w : strings(root["venues"], "venues")) rs.venues.insert(w);
        for (const auto& w : strings(root["finite_auxiliaries"], "finite_auxiliaries")) rs.finite_auxiliaries.insert(w);
        for (const auto& w : strings(root["adverbial_openers"], "adverbial_openers")) rs.adverbial_openers.insert(w);
        for (const auto& w : strings(root["heading_labels"], "heading_labels")) rs.heading_labels.insert(w);
        for (const auto& w : strings(root["comma_breaks"], "comma_breaks")) rs.comma_breaks.insert(w);
        for (const auto& w : strings(root["gerund_openers"], "gerund_openers")) rs.gerund_openers.insert(w);
        // (a word in both lists is a quantity, whichever file lists it first)
        for (const auto& w : strings(root["quantities"], "quantities")) rs.counting_words[w] = 'q';
        for (const auto& w : strings(root["approximators"], "approximators")) rs.counting_words.try_emplace(w, 'a');
        if (auto p = root["pronouns"]; p && p.IsMap()) {
            static const char* order[] = {"he", "she", "they", "it", "first_person"};
            for (int i = 0; i < 5; ++i) add_words(rs.lex.pronouns, p[order[i]], order[i], i);
        } else if (p) {
            error(p, "'pronouns' must map he/she/they/it/first_person to lists");
        }
        if (auto p = root["possessives"]; p && p.IsMap()) {
            static const char* order[] = {"he", "she", "they", "it"};
            for (int i = 0; i < 4; ++i) add_words(rs.lex.possessives, p[order[i]], order[i], i);
        }
        add_words(rs.lex.hearsay_adverbs, root["hearsay_adverbs"], "hearsay_adverbs");
        add_words(rs.lex.particles, root["particles"], "particles");
        add_words(rs.lex.name_suffixes, root["name_suffixes"], "name_suffixes");
        add_words(rs.lex.adverbs, root["adverbs"], "adverbs");
        add_words(rs.lex.catenatives, root["catenatives"], "catenatives");
        add_words(rs.lex.stop_names, root["stop_names"], "stop_names");
    }

    void flags(const rule_node& root) {
        for (const rule_node& e : root["entries"]) {
            flag_rule f;
            const auto id = e["flag"].as<std::string>();
            f.flag = intern(id);
            std::erase_if(rs.flag_rules, [&](const flag_rule& x) { return x.flag == f.flag; });
            rs.origins.erase({"flags", id});
            if (disabled(e)) continue;
            define("flags", id, e);
            for (const auto& w : strings(e["phrases"], "phrases")) f.phrases.push_back(lower(w));
            if (e["scope"]) {
                // (the schema names the three values to a rule file with another)
                const auto scope = e["scope"].as<std::string>();
                for (auto s : {phrase_scope::sentence, phrase_scope::paragraph, phrase_scope::document})
                    if (to_string(s) == scope) f.scope = s;
            }
            for (const auto& w : strings(e["source_phrases"], "source_phrases")) f.source_phrases.push_back(lower(w));
            for (const auto& w : strings(e["place_phrases"], "place_phrases")) f.place_phrases.push_back(lower(w));
            for (const auto& w : strings(e["frame_phrases"], "frame_phrases")) f.frame_phrases.push_back(lower(w));
            f.relayed = flag(e, "relayed", false);
            f.uncorroborated = flag(e, "uncorroborated", false);
            f.classes = strings(e["classes"], "classes");
            f.speaker_types = strings(e["speaker_types"], "speaker_types");
            f.state_controlled = flag(e, "state_controlled", false);
            rs.flag_rules.push_back(std::move(f));
        }
    }

    void verdicts(const rule_node& root) {
        for (const auto& kv : root["weights"]) {
            rs.verdicts.weights[kv.first.Scalar()] = kv.second.as<int>();
            define("verdicts.weights", kv.first.Scalar(), kv.first);
        }
        if (const auto t = root["thresholds"]) {
            if (t["needs_check"]) rs.verdicts.needs_check_at = t["needs_check"].as<int>();
            if (t["unverifiable"]) rs.verdicts.unverifiable_at = t["unverifiable"].as<int>();
        }
        if (root["on_record_kinds"]) rs.verdicts.on_record_kinds = strings(root["on_record_kinds"], "on_record_kinds");
    }

    void sources(const rule_node& root) {
        for (const rule_node& e : root["entries"]) {
            if (!e.IsMap() || !e["name"]) {
                error(e, "a source needs a 'name'");
                continue;
            }
            known_source s;
            s.name = e["name"].as<std::string>();
            s.type = e["type"] ? intern(e["type"].as<std::string>()) : "organization";
            s.state_controlled = flag(e, "state_controlled", false);
            // a later entry of the same name replaces the earlier one and its aliases
            boost::unordered::erase_if(rs.sources, [&](const auto& kv) { return kv.second.name == s.name; });
            rs.origins.erase({"sources", s.name});
            if (disabled(e)) continue;
            define("sources", s.name, e);
            std::vector<std::pair<std::string, rule_node>> names{{s.name, e["name"]}};
            if (e["aliases"])
                for (const auto& a : e["aliases"]) names.push_back({a.Scalar(), a});
            for (const auto& [n, node] : names) {
                if (auto it = rs.sources.find(n); it != rs.sources.end() && it->second.name != s.name) {
                    const auto& o = rs.origins[{"sources", it->second.name}];
                    error(node, "'" + n + "' is claimed by two sources: '" + it->second.name + "' (" + o.file() + ":" +
                                    std::to_string(o.line) + ") and '" + s.name + "'");
                    continue;
                }
                rs.sources[n] = s;
            }
        }
    }

    // The file's table if it has one (a default file), else its content
    // parsed; `parsed` keeps a table built here.
    void load(const rule_file& f) {
        rule_doc parsed;
        rule_doc_view parsed_view{};
        const rule_doc_view* doc = f.doc;
        if (!doc) {
            try {
                parsed = rule_doc_from_yaml(YAML::Load(f.content));
            } catch (const YAML::ParserException& e) {
                errors.push_back(where(file, e.mark) + ": error: " + e.msg);
                return;
            }
            parsed_view = parsed.view();
            doc = &parsed_view;
        }
        const rule_node root(doc);
        // every problem of the file is reported; a file with problems is not loaded
        const auto problems = check_schema(root);
        for (const auto& p : problems) errors.push_back(where(file, p.mark) + ": error: " + p.message);
        if (!problems.empty()) return;
        const std::string kind = root["kind"].as<std::string>();
        try {
            if (kind == "reporting_verbs") reporting_verbs(root);
            else if (kind == "reporting_nouns") reporting_nouns(root);
            else if (kind == "titles")
                word_list(root, kind, [&](const std::string& w, bool add) {
                    for (const auto& form : {w, capitalised(w)})
                        if (add) rs.lex.titles.add(form, 0);
                        else rs.lex.titles.remove(form);
                });
            else if (kind == "source_nouns") source_nouns(root);
            else if (kind == "function_words") function_words(root);
            else if (kind == "abbreviations")
                word_list(root, kind, [&](const std::string& w, bool add) {
                    if (add) rs.abbreviations.insert(w);
                    else rs.abbreviations.erase(w);
                });
            else if (kind == "sources") sources(root);
            else if (kind == "flags") flags(root);
            else if (kind == "verdicts") verdicts(root);
            else if (kind == "places")
                word_list(root, kind, [&](const std::string& w, bool add) {
                    if (add) rs.places.insert(w);
                    else rs.places.erase(w);
                });
            else error(root["kind"], "unknown rule kind '" + kind + "'");
            if (kind == "function_words" || kind == "source_nouns") word_origins(root, kind);
            examples(root);
        } catch (const YAML::Exception& e) {
            errors.push_back(where(file, e.mark) + ": error: " + e.msg);
        }
        rs.files.push_back(file);
    }
};

std::optional<std::string> read_file(const std::filesystem::path& p) {
    std::ifstream in;
    std::string text;
    if (open_input(in, p.string()) || read_all(in, text)) return std::nullopt;
    return text;
}

} // namespace

std::vector<std::string> inflect(const std::string& lemma) {
    std::vector<std::string> out{lemma};
    if (lemma.empty()) return out;
    const char last = lemma.back();
    const std::string stem = lemma.substr(0, lemma.size() - 1);
    if (last == 'e') {
        out.insert(out.end(), {lemma + "s", lemma + "d", stem + "ing"});
    } else if (last == 'y' && lemma.size() > 1 && !is_vowel(lemma[lemma.size() - 2])) {
        out.insert(out.end(), {stem + "ies", stem + "ied", lemma + "ing"});
    } else if (last == 's' || last == 'x' || last == 'z' || lemma.ends_with("sh") || lemma.ends_with("ch")) {
        out.insert(out.end(), {lemma + "es", lemma + "ed", lemma + "ing"});
    } else {
        out.insert(out.end(), {lemma + "s", lemma + "ed", lemma + "ing"});
    }
    return out;
}

std::string_view to_string(phrase_scope s) {
    switch (s) {
    case phrase_scope::paragraph: return "paragraph";
    case phrase_scope::document: return "document";
    case phrase_scope::sentence: break;
    }
    return "sentence";
}

rule_set_serial::rule_set_serial() {
    static std::atomic<std::uint64_t> next{1};
    value = next++;
}

rules_result load_rules_from(const std::vector<rule_file>& files) {
    rules_result r;
    r.rules = std::make_shared<rule_set>();
    // (the default files define about 1,900 entries: room for them at once,
    // not a rehash of every entry at each doubling)
    r.rules->origins.reserve(2048);
    for (const auto& f : files) loader{*r.rules, r.errors, std::make_shared<const std::string>(f.name)}.load(f);
    r.rules->lex.build_index();
    return r;
}

rules_result load_rules(const std::vector<std::string>& dirs) {
    std::vector<rule_file> files = default_rule_files();
    std::vector<std::string> errors;
    for (const auto& d : dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(d, ec)) {
            errors.push_back(d + ": error: not a directory");
            continue;
        }
        std::vector<std::filesystem::path> paths;
        for (const auto& e : std::filesystem::directory_iterator(d, ec))
            if (e.path().extension() == ".yaml" || e.path().extension() == ".yml") paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());
        for (const auto& p : paths) {
            if (auto content = read_file(p)) files.push_back({p.string(), *content});
            else errors.push_back(p.string() + ": error: cannot read");
        }
    }
    auto r = load_rules_from(files);
    r.errors.insert(r.errors.begin(), errors.begin(), errors.end());
    return r;
}

} // namespace quotegraph
