// The dateline grammar, at the start of each line, and the document splitter
// (paragraphs, sentences, dateline) it serves.
#include "../../grammars/dateline.hpp"
#include "fuzz_grammar.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    const char* lo = text.data();
    const char* hi = lo + text.size();
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i > 0 && text[i - 1] != '\n') continue;
        const char* it = lo + i;
        grammar::ast::range outlet;
        if (grammar::parse_with(fuzz::rules().lex, grammar::dateline(), it, hi, outlet))
            fuzz::require(it <= hi && fuzz::within(outlet, lo, hi), "a dateline inside the input");
    }
    if (check_text(text)) return 0;
    const document d = make_document("fuzz", text, fuzz::rules());
    std::size_t last = 0;
    for (const auto& p : d.paragraphs) {
        fuzz::require(fuzz::inside(p, text.size()) && p.start >= last, "paragraphs in order, inside the text");
        last = p.end;
    }
    for (const auto& s : d.sentences) fuzz::require(fuzz::inside(s, text.size()), "sentences inside the text");
    if (d.dateline) fuzz::require(fuzz::inside(*d.dateline, text.size()), "the dateline inside the text");
    return 0;
}
