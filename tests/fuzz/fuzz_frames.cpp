// The quotation frame grammars, at every position (they start at quote marks,
// commas and sentence starts).
#include "../../grammars/frames.hpp"
#include "fuzz_grammar.hpp"

using namespace quotegraph;
namespace ast = quotegraph::grammar::ast;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::quote_source_cue(), false);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::quote_cue_source(), false);
    fuzz::parse_everywhere<ast::range>(text, grammar::quote_dash_source(), false);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::quote_according_to(), false);
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::source_cue_quote(), true);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::cue_source_quote(), true);
    fuzz::parse_everywhere<ast::range>(text, grammar::cue_quote(), true);
    fuzz::parse_everywhere<ast::range>(text, grammar::source_colon_quote(), true);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::according_to_quote(), true);
    return 0;
}
