// The value types that flow between the pipeline stages (SPEC.md, "Pipeline").
// Offsets are UTF-8 byte offsets into document::text, end-exclusive.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

namespace grammar {
struct word_cache;
}

// "a1", "e2": ids of attributions and entities (built without operator+ on a
// temporary, where GCC 12 warns falsely).
inline std::string numbered(char prefix, std::size_t n) {
    std::string id(1, prefix);
    id += std::to_string(n);
    return id;
}

struct span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - start; }
    bool contains(std::size_t pos) const { return start <= pos && pos < end; }
    friend bool operator==(const span&, const span&) = default;
};

struct document {
    std::string id;
    std::string text;
    std::vector<span> paragraphs;   // non-blank lines, trimmed
    std::vector<span> sentences;    // within paragraphs
    std::optional<span> dateline;   // "Berlin (dpa) -"
    std::string publisher;          // the dateline's outlet, or the input's metadata
    // what the word lists hold at the positions the grammars ask about, for
    // this text (make_document makes it; see grammar::env_for)
    std::shared_ptr<grammar::word_cache> words;
    std::string_view slice(span s) const { return std::string_view(text).substr(s.start, s.size()); }
};

struct quotation {
    span outer;                // from the opening mark to the end of the closing mark
    span inner;                // without the marks
    int depth = 0;             // 0 top level, 1 nested in another quotation, ...
    std::size_t paragraph = 0; // where it opens
    std::size_t last_paragraph = 0;
};

enum class mention_kind { pronoun, name, description, group, organization };

struct mention {
    span full;                 // as written: "Foreign Minister Anna Berg"
    span head;                 // the part that names: "Anna Berg"
    mention_kind kind = mention_kind::name;
    std::vector<std::string> roles; // titles before the name: "President"
    std::string_view type;     // person | organization | media | government | group | unnamed (static or interned)
};

struct cue {
    span where;
    std::string_view lemma; // (static or interned text, as the lexicon's: see intern)
    std::string_view cls;
};

enum class resolution { explicit_, alias, pronoun, role, continuation, metonymy };
std::string_view to_string(resolution r);

// A copy of the text that lives as long as the process, one per distinct
// text: for the rules' vocabulary that analyses refer to (lemmas, cue
// classes, source types, flag ids), so that copying an analysis's cues,
// mentions and flags copies views, not strings.
std::string_view intern(std::string_view text);

struct attribution {
    std::string_view kind = "direct";  // direct | indirect | mixed (static text)
    std::vector<span> content;         // fragments in text order; the content is their hull
    std::optional<cue> verb;
    std::optional<mention> source;
    // What a source-less report is about ("The national government appeared to
    // shift its position"): never the speaker, but an antecedent for "its".
    std::optional<mention> topic;
    std::string_view rule;             // the pattern that matched (a name of the grammar's: static text)
    double confidence = 0;
    int continues = -1;                // index of the attribution whose speaker this one continues
    span frame;                        // the words of the frame (source .. cue)
    span hull() const { return {content.front().start, content.back().end}; }
};

struct entity {
    std::string id;
    std::string name;
    std::string_view type; // (static or interned text, as a mention's)
    std::vector<span> mentions;
    std::vector<std::string> roles;
};

struct speaker {
    std::size_t entity = 0;       // index into analysis::entities
    resolution resolved_by = resolution::explicit_;
};

// Text its copies share: a flag's reason is copied into the source graph and
// back, and one text may stand for many claims' flags.
class shared_text {
public:
    shared_text() = default;
    shared_text(std::string s) : text_(std::make_shared<const std::string>(std::move(s))) {}
    shared_text(const char* s) : shared_text(std::string(s)) {}
    const std::string& str() const {
        static const std::string none;
        return text_ ? *text_ : none;
    }
    operator std::string_view() const { return str(); }
    friend bool operator==(const shared_text& a, std::string_view b) { return a.str() == b; }
    // The same text (copies of one are, without a look at its bytes).
    bool same_as(const shared_text& o) const { return text_ == o.text_ || str() == o.str(); }

private:
    std::shared_ptr<const std::string> text_;
};

struct flag {
    std::string_view id; // (static or interned text: see intern)
    shared_text reason;
};

struct claim {
    std::optional<speaker> who;
    std::vector<flag> flags;
    std::string verdict;
};

// Who relays whom beyond the source and its cue (src/relays.hpp).
struct relay {
    std::optional<mention> addressee; // "told dpa", "told the press"
    std::optional<mention> origin;    // the source the attribution's source passes on
    std::string how;                  // how the origin was found: "nested" | "citing"
};

class source_graph;

struct analysis {
    document doc;
    std::vector<quotation> quotations;
    std::vector<attribution> attributions;
    std::vector<entity> entities;
    std::vector<relay> relays;     // parallel to attributions
    std::vector<claim> claims;     // parallel to attributions
    std::shared_ptr<const source_graph> graph; // the document's source graph, corroborated
};

} // namespace quotegraph
