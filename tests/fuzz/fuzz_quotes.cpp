// The quotation grammars (each quoting style) and the quotation finder.
#include "../../grammars/quotes.hpp"
#include "../../src/quotes.hpp"
#include "fuzz_grammar.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::double_curly(), false);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::double_straight(), false);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::double_low(), false);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::guillemets(), false);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::single_curly(), false);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::single_straight(), false);
    if (!check_text(text)) {
        const document d = make_document("fuzz", text, fuzz::rules());
        for (const auto& q : find_quotations(d, fuzz::rules()))
            fuzz::require(fuzz::inside(q.outer, text.size()) && q.outer.start <= q.inner.start && q.inner.end <= q.outer.end,
                          "a quotation's marks around its inside");
    }
    return 0;
}
