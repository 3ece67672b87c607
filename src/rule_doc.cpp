#include "rule_doc.hpp"

namespace quotegraph {

namespace {

struct table_builder {
    rule_doc& doc;

    std::uint32_t add(const YAML::Node& n) {
        const auto index = std::uint32_t(doc.nodes.size());
        rule_doc_node entry{};
        switch (n.Type()) {
        case YAML::NodeType::Scalar: entry.type = rule_node_type::scalar; break;
        case YAML::NodeType::Sequence: entry.type = rule_node_type::sequence; break;
        case YAML::NodeType::Map: entry.type = rule_node_type::map; break;
        default: entry.type = rule_node_type::null; break; // (a loaded tree has no undefined node)
        }
        entry.text_at = std::uint32_t(doc.text.size());
        entry.text_size = std::uint32_t(n.Scalar().size());
        doc.text += n.Scalar();
        entry.line = std::uint32_t(n.Mark().line);
        entry.column = std::uint32_t(n.Mark().column);
        doc.nodes.push_back(entry);
        // the children first, each with its own children, then their indices in one run
        std::vector<std::uint32_t> kids;
        if (n.IsMap()) {
            for (const auto& kv : n) {
                kids.push_back(add(kv.first));
                kids.push_back(add(kv.second));
            }
        } else if (n.IsSequence()) {
            for (const auto& item : n) kids.push_back(add(item));
        }
        doc.nodes[index].kids_at = std::uint32_t(doc.kids.size());
        doc.nodes[index].kids_size = std::uint32_t(kids.size());
        doc.kids.insert(doc.kids.end(), kids.begin(), kids.end());
        return index;
    }
};

} // namespace

rule_doc rule_doc_from_yaml(const YAML::Node& root) {
    rule_doc doc;
    table_builder{doc}.add(root);
    return doc;
}

YAML::Mark rule_node::Mark() const {
    if (!doc_) return YAML::Mark::null_mark();
    YAML::Mark m;
    m.line = int(node().line);
    m.column = int(node().column);
    return m;
}

std::size_t rule_node::size() const {
    if (!doc_) return 0;
    if (node().type == rule_node_type::map) return node().kids_size / 2;
    return node().type == rule_node_type::sequence ? node().kids_size : 0;
}

rule_node rule_node::operator[](std::string_view key) const {
    if (!IsMap()) return {};
    for (std::uint32_t k = 0; k < node().kids_size; k += 2)
        if (const rule_node name = kid(k); name.IsScalar() && name.scalar_view() == key) return kid(k + 1);
    return {};
}

template <>
std::string rule_node::as<std::string>() const {
    if (IsNull()) return "null";
    if (!IsScalar()) throw YAML::TypedBadConversion<std::string>(Mark());
    return Scalar();
}

namespace {
// yaml-cpp's own conversion of the scalar, failing at the node's mark
template <typename T>
T converted(const rule_node& n) {
    if (!n.IsScalar()) throw YAML::TypedBadConversion<T>(n.Mark());
    try {
        return YAML::Node(n.Scalar()).as<T>();
    } catch (const YAML::BadConversion&) {
        throw YAML::TypedBadConversion<T>(n.Mark());
    }
}
} // namespace

template <>
int rule_node::as<int>() const {
    return converted<int>(*this);
}

template <>
bool rule_node::as<bool>() const {
    // (the two spellings rule files use, without building a yaml-cpp node: 4,000 instructions)
    if (IsScalar() && (scalar_view() == "true" || scalar_view() == "false")) return scalar_view() == "true";
    return converted<bool>(*this);
}

} // namespace quotegraph
