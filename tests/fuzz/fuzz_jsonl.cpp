// The JSONL reader: one line, and a stream of lines; a line is a document or
// an error, never both, never neither, unless the stream is refused at its
// first line (compressed data); simdjson's reading equals nlohmann's.
#include "../../src/input.hpp"
#include "fuzz_common.hpp"

#include <sstream>

using namespace quotegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    const input_doc one = parse_jsonl_line(text, "fuzz", 1);
    fuzz::require(one.error.has_value() || !one.id.empty(), "a document read from a line has an id");
    const input_doc ref = parse_jsonl_line(text, "fuzz", 1, jsonl_reader::reference);
    fuzz::require(one.id == ref.id && one.text == ref.text && one.publisher == ref.publisher && one.error == ref.error,
                  "the fast reader reads a line as the reference reader does");
    std::istringstream in(text);
    std::size_t docs = 0, lines = 0;
    const auto stopped = read_jsonl(in, "fuzz", [&](input_doc&& d) {
        ++docs;
        fuzz::require(!d.origin.empty(), "every document says where it came from");
    });
    std::istringstream again(text);
    std::string first;
    std::getline(again, first);
    lines = !text.empty() && !blank_line(first);
    for (std::string line; std::getline(again, line);) lines += !blank_line(line);
    if (stopped) // (an istringstream has no read errors: only a refusal stops it)
        fuzz::require(stopped->line == 1 && docs == 0 && compressed_input(first, "fuzz"),
                      "a stream refused is refused at its first line, for what that line is, and yields nothing");
    else
        fuzz::require(docs == lines, "one document or error per non-blank line");
    return 0;
}
