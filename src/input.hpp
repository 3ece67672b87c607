// Where documents come from: text files (one document each) and JSONL
// streams (one {"id","text",...} object a line). Problems are values.
#pragma once
#include <fstream>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace quotegraph {

struct input_doc {
    std::string id;
    std::string text;
    std::string publisher;            // from the line's "publisher" or "meta.publisher"
    std::string origin;               // FILE or FILE:LINE, for messages
    std::optional<std::string> error; // set when the document cannot be read
};

// The stem of a path: samples/kazakhstan-unrest.txt -> kazakhstan-unrest; "-" -> stdin.
std::string file_stem(const std::string& path);

input_doc read_text(std::istream& in, const std::string& name);
input_doc read_text_file(const std::string& path);

// Opens `path` for reading, or says why not ("is a directory", "cannot open:
// No such file or directory"): a directory opens as a stream whose first
// read fails, which would pass for an empty input.
std::optional<std::string> open_input(std::ifstream& f, const std::string& path);

// All of `in`, or why it stopped before its end (a read error is not an end:
// libstdc++ throws it out of a stream buffer's reads).
std::optional<std::string> read_all(std::istream& in, std::string& out);

// One JSONL line (the `n`th of `name`) as a document, or its error. Both
// readers give the same result; `reference` (nlohmann's parser alone) is there
// for tests to compare against.
enum class jsonl_reader { fast, reference };
input_doc parse_jsonl_line(const std::string& line, const std::string& name, std::size_t n,
                           jsonl_reader reader = jsonl_reader::fast);
// A line whose string has this much room after its end (capacity) is parsed
// where it stands; another is copied first (the fast reader reads past the end).
inline constexpr std::size_t jsonl_line_padding = 64;
bool blank_line(const std::string& line);

// Where and why a stream of lines could not be read to its end: `line` is
// the number of the line that could not be read.
struct read_failure {
    std::size_t line = 0;
    std::string message; // "read error: Input/output error"
};

// The lines of a JSONL stream, numbered from 1. They end at the stream's
// end, at a read error, or at a first line that is compressed data (gzip,
// bzip2, xz, zstd: each of its "lines" would be a bad line); failure() says
// which of the last two, if either.
class jsonl_lines {
public:
    jsonl_lines(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}
    bool next(std::string& line);
    std::size_t number() const { return n_; } // of the last line read
    const std::optional<read_failure>& failure() const { return failure_; }

private:
    std::istream& in_;
    std::string name_;
    std::size_t n_ = 0;
    std::optional<read_failure> failure_;
};

// Calls `each` for every non-blank line of a JSONL stream, in order; says
// why the stream ended early, if it did.
std::optional<read_failure> read_jsonl(std::istream& in, const std::string& name,
                                       const std::function<void(input_doc&&)>& each);

// Why a stream whose first line is `first` cannot be JSONL at all: it is
// compressed. (jsonl_lines asks; the fuzzer's harness too.)
std::optional<read_failure> compressed_input(std::string_view first, const std::string& name);

} // namespace quotegraph
