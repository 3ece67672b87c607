#include "input.hpp"

#include "quotegraph.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace quotegraph {

std::string file_stem(const std::string& path) {
    if (path == "-") return "stdin";
    return std::filesystem::path(path).stem().string();
}

input_doc read_text(std::istream& in, const std::string& name) {
    input_doc d;
    d.id = file_stem(name);
    d.origin = name;
    std::ostringstream ss;
    ss << in.rdbuf();
    d.text = std::move(ss).str();
    if (in.bad()) d.error = "read error";
    else if (auto e = check_text(d.text)) d.error = e->message;
    return d;
}

input_doc read_text_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return {file_stem(path), {}, {}, path, "is a directory"};
    std::ifstream f(path, std::ios::binary);
    if (!f) return {file_stem(path), {}, {}, path, "cannot open: " + std::string(std::strerror(errno))};
    return read_text(f, path);
}

input_doc parse_jsonl_line(const std::string& line, const std::string& name, std::size_t n) {
    using json = nlohmann::json;
    input_doc d;
    d.origin = name + ":" + std::to_string(n);
    d.id = "line-" + std::to_string(n);
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) {
        d.error = "not valid JSON";
    } else if (!j.is_object()) {
        d.error = "not a JSON object";
    } else {
        if (auto id = j.find("id"); id != j.end()) {
            if (id->is_string()) d.id = id->get<std::string>();
            else if (id->is_number()) d.id = id->dump();
        }
        auto text = j.find("text");
        if (text == j.end()) d.error = "no \"text\" field";
        else if (!text->is_string()) d.error = "\"text\" is not a string";
        else d.text = text->get<std::string>();
        if (auto p = j.find("publisher"); p != j.end() && p->is_string()) d.publisher = p->get<std::string>();
        else if (auto m = j.find("meta"); m != j.end() && m->is_object())
            if (auto mp = m->find("publisher"); mp != m->end() && mp->is_string()) d.publisher = mp->get<std::string>();
        if (!d.error)
            if (auto e = check_text(d.text)) d.error = e->message;
    }
    return d;
}

bool blank_line(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

void read_jsonl(std::istream& in, const std::string& name, const std::function<void(input_doc&&)>& each) {
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (blank_line(line)) continue;
        each(parse_jsonl_line(line, name, n));
    }
}

} // namespace quotegraph
