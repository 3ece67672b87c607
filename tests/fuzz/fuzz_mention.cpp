// The speaker-mention grammars, each at every word start.
#include "../../grammars/mention.hpp"
#include "fuzz_grammar.hpp"

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::pronoun(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::description(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::group(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::organization(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::titled_name(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::name(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::mention(), true);
    fuzz::parse_everywhere<x3::unused_type>(text, grammar::appositive(), false);
    return 0;
}
