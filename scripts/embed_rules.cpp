// Writes the C++ file that holds the default rule files:
//
//   embed_rules OUT.cpp FILE...
//
// Each file goes in twice: as it is, and as one flow mapping with every
// scalar double-quoted, each node on its original line. yaml-cpp reads the
// second form in about three fifths of the instructions (a plain scalar costs
// it a pattern match a character), and loading the defaults is most of what
// a short run does. The loader reads the flow form and falls back on the
// original, whose columns are right, to report a problem (src/rules.cpp).
// A file whose flow form does not read back as the same tree, on the same
// lines, goes in only as it is.
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct flow_writer {
    std::string out;
    int line = 0;
    bool ok = true;

    // new lines up to the node's own (never back: a node that starts on an
    // earlier line than the last one written fails the check below)
    void to_line_of(const YAML::Node& n) {
        for (; line < n.Mark().line; ++line) out += "\n ";
    }
    // a JSON string is a YAML double-quoted scalar (a scalar that is not
    // UTF-8 throws, and the file goes in only as it is)
    void quoted(const std::string& s) { out += nlohmann::json(s).dump(); }
    void node(const YAML::Node& n) {
        to_line_of(n);
        switch (n.Type()) {
        case YAML::NodeType::Map: {
            out += '{';
            bool first = true;
            for (const auto& kv : n) {
                if (!kv.first.IsScalar()) ok = false; // (a key that is a collection: none in the rules)
                if (!first) out += ", ";
                first = false;
                to_line_of(kv.first);
                quoted(kv.first.Scalar());
                out += ": ";
                node(kv.second);
            }
            out += '}';
            break;
        }
        case YAML::NodeType::Sequence: {
            out += '[';
            bool first = true;
            for (const auto& item : n) {
                if (!first) out += ", ";
                first = false;
                node(item);
            }
            out += ']';
            break;
        }
        case YAML::NodeType::Scalar: quoted(n.Scalar()); break;
        case YAML::NodeType::Null: out += '~'; break;
        case YAML::NodeType::Undefined: ok = false; break;
        }
    }
};

// The same tree: kinds, scalars, keys in order, and every node's line.
bool same(const YAML::Node& a, const YAML::Node& b) {
    if (a.Type() != b.Type() || a.Mark().line != b.Mark().line || a.size() != b.size()) return false;
    if (a.IsScalar()) return a.Scalar() == b.Scalar();
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!same(a[i], b[i])) return false;
        return true;
    }
    if (a.IsMap()) {
        auto i = a.begin(), j = b.begin();
        for (; i != a.end() && j != b.end(); ++i, ++j)
            if (!same(i->first, j->first) || !same(i->second, j->second)) return false;
        return i == a.end() && j == b.end();
    }
    return true;
}

// The flow form of `content`, or "" when it has none that reads back the same.
std::string flow_form(const std::string& content) {
    try {
        const YAML::Node root = YAML::Load(content);
        if (!root.IsMap()) return "";
        flow_writer w;
        w.node(root);
        if (!w.ok) return "";
        w.out += '\n';
        return same(root, YAML::Load(w.out)) ? w.out : "";
    } catch (const YAML::Exception&) {
        return ""; // the loader reports it, from the original
    } catch (const nlohmann::json::exception&) {
        return "";
    }
}

// A C++ string literal of escaped bytes: no delimiter can clash with the content.
std::string literal(const std::string& data) {
    std::string s = "std::string(\"";
    for (const char ch : data) {
        char esc[8];
        std::snprintf(esc, sizeof esc, "\\x%02x", static_cast<unsigned char>(ch));
        s += esc;
    }
    return s + "\", " + std::to_string(data.size()) + ")";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: embed_rules OUT.cpp FILE...\n";
        return 2;
    }
    std::vector<std::filesystem::path> files(argv + 2, argv + argc);
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.filename() < b.filename(); });
    std::ostringstream cpp;
    cpp << "#include \"rules.hpp\"\n\nnamespace quotegraph {\n\n"
        << "const std::vector<rule_file>& default_rule_files() {\n"
        << "    static const std::vector<rule_file> files = {\n";
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << "embed_rules: cannot read " << path.string() << '\n';
            return 1;
        }
        std::ostringstream content;
        content << in.rdbuf();
        cpp << "        {\"rules/" << path.filename().string() << "\", " << literal(content.str()) << ", "
            << literal(flow_form(content.str())) << "},\n";
    }
    cpp << "    };\n    return files;\n}\n\n} // namespace quotegraph\n";
    std::ofstream out(argv[1], std::ios::binary);
    out << cpp.str();
    if (!out.flush()) {
        std::cerr << "embed_rules: cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
