// The reported-speech frame grammars, at every position.
#include "../../grammars/clauses.hpp"
#include "fuzz_grammar.hpp"

using namespace quotegraph;
namespace ast = quotegraph::grammar::ast;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::clause_source_cue(), false);
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::clause_loose_source_cue(), false);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::clause_cue_source(), false);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::clause_according_to(), false);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::according_to_clause(), true);
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::source_cue(), true);
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::inserted_source_cue(), false);
    fuzz::parse_everywhere<ast::cue_source>(text, grammar::inserted_according_to(), false);
    fuzz::parse_everywhere<ast::range>(text, grammar::source_colon_clause(), true);
    fuzz::parse_everywhere<ast::source_cue>(text, grammar::possessive_cue(), true);
    return 0;
}
