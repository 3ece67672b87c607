#include "input.hpp"

#include "document.hpp"
#include "quotegraph.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace quotegraph {

std::string file_stem(const std::string& path) {
    if (path == "-") return "stdin";
    return std::filesystem::path(path).stem().string();
}

namespace {
std::string read_error(int error) { return error ? "read error: " + std::string(std::strerror(error)) : "read error"; }
} // namespace

std::optional<std::string> read_all(std::istream& in, std::string& out) {
    // (istream::read, unlike `<< rdbuf()`, leaves a failed read on the stream it read)
    char buf[1 << 16];
    errno = 0;
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        out.append(buf, std::size_t(in.gcount()));
        if (!in) break;
    }
    if (in.bad()) return read_error(errno);
    return std::nullopt;
}

std::optional<read_failure> compressed_input(std::string_view first, const std::string& name) {
    using namespace std::string_view_literals;
    // (whole magic numbers: a text line that happens to open like one is only a bad line)
    static constexpr struct {
        std::string_view magic, format, tool;
    } formats[] = {{"\x1F\x8B\x08"sv, "gzip", "zcat"},
                   {"BZh?1AY&SY"sv, "bzip2", "bzcat"}, // (? the block size, 1 to 9)
                   {"\xFD" "7zXZ\0"sv, "xz", "xzcat"},
                   {"\x28\xB5\x2F\xFD"sv, "zstd", "zstdcat"}};
    auto opens_with = [first](std::string_view magic) {
        if (first.size() < magic.size()) return false;
        for (std::size_t i = 0; i < magic.size(); ++i)
            if (magic[i] != first[i] && !(magic[i] == '?' && first[i] >= '1' && first[i] <= '9')) return false;
        return true;
    };
    for (const auto& f : formats)
        if (opens_with(f.magic))
            return read_failure{1, std::string(f.format) + "-compressed data, not JSON lines: decompress it first (" +
                                       std::string(f.tool) + " " + (name == "stdin" ? "FILE" : name) + " | quotegraph ...)"};
    return std::nullopt;
}

std::optional<std::string> open_input(std::ifstream& f, const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return "is a directory";
    errno = 0;
    f.open(path, std::ios::binary);
    if (!f) return "cannot open" + (errno ? ": " + std::string(std::strerror(errno)) : std::string());
    return std::nullopt;
}

input_doc read_text(std::istream& in, const std::string& name) {
    input_doc d;
    d.id = file_stem(name);
    d.origin = name;
    if (auto e = read_all(in, d.text)) d.error = std::move(e);
    else if (auto c = check_text(d.text)) d.error = c->message;
    return d;
}

input_doc read_text_file(const std::string& path) {
    std::ifstream f;
    if (auto e = open_input(f, path)) return {file_stem(path), {}, {}, path, std::move(e)};
    return read_text(f, path);
}

bool well_formed_utf8(std::string_view s) noexcept { return simdjson::validate_utf8(s.data(), s.size()); }

namespace {

// The fields of a JSONL line we read, picked out by nlohmann's SAX parser:
// the other fields (gold annotations, say) are scanned but never built.
struct line_fields : nlohmann::json_sax<nlohmann::json> {
    using json = nlohmann::json;
    int depth = 0;
    bool object = false, in_meta = false, seen_text = false, text_is_string = false;
    std::string top_key, meta_key;
    std::optional<std::string> id, text, publisher, meta_publisher;

    // a value at the top level (or in "meta"): what it was, as text if a string or number
    bool value(std::optional<std::string> as_text, bool is_string) {
        if (depth == 1) {
            if (top_key == "id" && as_text) id = std::move(as_text);
            else if (top_key == "text") seen_text = true, text_is_string = is_string, text = is_string ? std::move(as_text) : std::nullopt;
            else if (top_key == "publisher") publisher = is_string ? std::move(as_text) : std::nullopt;
        } else if (depth == 2 && in_meta && meta_key == "publisher") {
            meta_publisher = is_string ? std::move(as_text) : std::nullopt;
        }
        return true;
    }
    bool null() override { return value(std::nullopt, false); }
    bool boolean(bool) override { return value(std::nullopt, false); }
    bool number_integer(number_integer_t v) override { return value(std::to_string(v), false); }
    bool number_unsigned(number_unsigned_t v) override { return value(std::to_string(v), false); }
    bool number_float(number_float_t v, const string_t&) override { return value(json(v).dump(), false); }
    bool string(string_t& v) override { return value(std::move(v), true); }
    bool binary(binary_t&) override { return value(std::nullopt, false); }
    bool start_object(std::size_t) override {
        if (depth == 0) object = true;
        else value(std::nullopt, false);
        if (depth == 1) in_meta = top_key == "meta";
        ++depth;
        return true;
    }
    bool end_object() override {
        --depth;
        if (depth == 1) in_meta = false;
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth > 0) value(std::nullopt, false);
        ++depth;
        return true;
    }
    bool end_array() override {
        --depth;
        return true;
    }
    bool key(string_t& k) override {
        if (depth == 1) top_key = std::move(k);
        else if (depth == 2 && in_meta) meta_key = std::move(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

// simdjson reads the common line (~10x faster than nlohmann's SAX parser) and
// hands anything it cannot settle the way nlohmann would to the reference
// reader: its errors (nlohmann accepts a BOM, huge numbers, deep nesting),
// numeric ids (whose text nlohmann decides), raw control bytes.
static_assert(jsonl_line_padding >= simdjson::SIMDJSON_PADDING);

std::optional<line_fields> read_fields_fast(const std::string& line) {
    const auto control = [](unsigned char c) { return c < 0x20 && c != '\t' && c != '\r'; };
    static constexpr byte_set controls = byte_set{}.with(0, 0x1F);
    if (first_in(line, 0, line.size(), controls,
                   [&](std::size_t k) { return control(static_cast<unsigned char>(line[k])); }) != line.size())
        return std::nullopt;
    thread_local simdjson::dom::parser parser; // its buffers, reused line after line
    simdjson::dom::element root;
    if (parser.parse(line).get(root)) return std::nullopt;
    line_fields f;
    simdjson::dom::object top;
    if (root.get(top)) return f; // a valid line that is no object
    f.object = true;
    auto text_of = [](simdjson::dom::element v) -> std::optional<std::string> {
        std::string_view s;
        if (v.get(s)) return std::nullopt;
        return std::string(s);
    };
    for (auto field : top) {
        const std::string_view key = field.key;
        const simdjson::dom::element v = field.value;
        if (key == "id") {
            if (v.is_number()) return std::nullopt;
            if (auto s = text_of(v)) f.id = std::move(s);
        } else if (key == "text") {
            f.seen_text = true;
            f.text = text_of(v);
            f.text_is_string = f.text.has_value();
        } else if (key == "publisher") {
            f.publisher = text_of(v);
        } else if (key == "meta") {
            simdjson::dom::object meta;
            if (v.get(meta)) continue;
            for (auto m : meta)
                if (m.key == "publisher") f.meta_publisher = text_of(m.value);
        }
    }
    return f;
}

std::optional<line_fields> read_fields_reference(const std::string& line) {
    line_fields f;
    if (!nlohmann::json::sax_parse(line, &f)) return std::nullopt;
    return f;
}

} // namespace

input_doc parse_jsonl_line(const std::string& line, const std::string& name, std::size_t n, jsonl_reader reader) {
    input_doc d;
    d.origin = name + ":" + std::to_string(n);
    d.id = "line-" + std::to_string(n);
    std::optional<line_fields> fields;
    if (reader == jsonl_reader::fast) fields = read_fields_fast(line);
    if (!fields) fields = read_fields_reference(line);
    if (!fields) {
        d.error = "not valid JSON";
        return d;
    }
    line_fields& f = *fields;
    if (!f.object) {
        d.error = "not a JSON object";
        return d;
    }
    if (f.id && !f.id->empty()) d.id = std::move(*f.id); // an empty id names nothing: line-N, as with none
    if (!f.seen_text) d.error = "no \"text\" field";
    else if (!f.text_is_string) d.error = "\"text\" is not a string";
    else d.text = std::move(*f.text);
    if (f.publisher) d.publisher = std::move(*f.publisher);
    else if (f.meta_publisher) d.publisher = std::move(*f.meta_publisher);
    if (!d.error)
        if (auto e = check_text(d.text)) d.error = e->message;
    return d;
}

bool blank_line(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

bool jsonl_lines::next(std::string& line) {
    if (failure_) return false;
    errno = 0;
    if (!std::getline(in_, line)) {
        if (in_.bad()) failure_ = read_failure{n_ + 1, read_error(errno)};
        return false;
    }
    if (++n_ == 1 && (failure_ = compressed_input(line, name_))) return false;
    return true;
}

std::optional<read_failure> read_jsonl(std::istream& in, const std::string& name,
                                       const std::function<void(input_doc&&)>& each) {
    jsonl_lines lines(in, name);
    for (std::string line; lines.next(line);)
        if (!blank_line(line)) each(parse_jsonl_line(line, name, lines.number()));
    return lines.failure();
}

} // namespace quotegraph
