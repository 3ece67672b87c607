// Writes the C++ file that holds the default rule files:
//
//   embed_rules OUT.cpp FILE...
//
// Each file goes in as it is, and as its YAML tree: the table of nodes that
// the loader reads (src/rule_doc.hpp), built here by the code that builds it
// for a file given at run time. Loading the defaults is most of what a short
// run does, and yaml-cpp takes over a thousand instructions a byte to parse
// them; a run reads the tables with no parsing. A file yaml-cpp cannot parse
// goes in only as it is: the loader reports the problem at run time.
#include "../src/rule_doc.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The bytes as escapes, for a string literal: no delimiter can clash with the content.
std::string escaped(const std::string& data) {
    std::string s;
    for (const char ch : data) {
        char esc[8];
        std::snprintf(esc, sizeof esc, "\\x%02x", static_cast<unsigned char>(ch));
        s += esc;
    }
    return s;
}

const char* type_name(quotegraph::rule_node_type t) {
    switch (t) {
    case quotegraph::rule_node_type::scalar: return "scalar";
    case quotegraph::rule_node_type::sequence: return "sequence";
    case quotegraph::rule_node_type::map: return "map";
    case quotegraph::rule_node_type::null: break;
    }
    return "null";
}

// The table's arrays, named by `n`; false if the file does not parse.
bool write_table(std::ostream& cpp, const std::string& content, std::size_t n) {
    quotegraph::rule_doc doc;
    try {
        doc = quotegraph::rule_doc_from_yaml(YAML::Load(content));
    } catch (const YAML::Exception&) {
        return false;
    }
    cpp << "const rule_doc_node nodes_" << n << "[] = {\n";
    for (const auto& x : doc.nodes)
        cpp << "    {" << x.text_at << ", " << x.text_size << ", " << x.kids_at << ", " << x.kids_size << ", " << x.line
            << ", " << x.column << ", rule_node_type::" << type_name(x.type) << "},\n";
    cpp << "};\n";
    // (one more than it needs: an array cannot be empty)
    cpp << "const std::uint32_t kids_" << n << "[] = {";
    for (std::size_t i = 0; i < doc.kids.size(); ++i) cpp << (i % 16 ? " " : "\n    ") << doc.kids[i] << ",";
    cpp << " 0};\n";
    cpp << "const char text_" << n << "[] = \"" << escaped(doc.text) << "\";\n";
    cpp << "const rule_doc_view doc_" << n << "{nodes_" << n << ", kids_" << n << ", text_" << n << "};\n\n";
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: embed_rules OUT.cpp FILE...\n";
        return 2;
    }
    std::vector<std::filesystem::path> files(argv + 2, argv + argc);
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.filename() < b.filename(); });
    std::ostringstream tables, list;
    for (std::size_t n = 0; n < files.size(); ++n) {
        const auto& path = files[n];
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << "embed_rules: cannot read " << path.string() << '\n';
            return 1;
        }
        std::ostringstream content;
        content << in.rdbuf();
        const bool parsed = write_table(tables, content.str(), n);
        list << "        {\"rules/" << path.filename().string() << "\", std::string(\"" << escaped(content.str()) << "\", "
             << content.str().size() << "), " << (parsed ? "&doc_" + std::to_string(n) : "nullptr") << "},\n";
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << "#include \"rule_doc.hpp\"\n#include \"rules.hpp\"\n\nnamespace quotegraph {\n\nnamespace {\n\n"
        << tables.str() << "} // namespace\n\n"
        << "const std::vector<rule_file>& default_rule_files() {\n"
        << "    static const std::vector<rule_file> files = {\n"
        << list.str() << "    };\n    return files;\n}\n\n} // namespace quotegraph\n";
    if (!out.flush()) {
        std::cerr << "embed_rules: cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
