#!/usr/bin/env python3
"""Writes a C++ file holding the default rule files: embed_rules.py OUT.cpp FILE..."""
import os
import sys

out, files = sys.argv[1], sorted(sys.argv[2:], key=os.path.basename)
with open(out, "w", encoding="utf-8") as f:
    f.write('#include "rules.hpp"\n\nnamespace quotegraph {\n\n')
    f.write("const std::vector<rule_file>& default_rule_files() {\n")
    f.write("    static const std::vector<rule_file> files = {\n")
    for path in files:
        data = open(path, "rb").read()
        # a string of escaped bytes: no delimiter can clash with the content
        body = "".join("\\x%02x" % b for b in data)
        name = "rules/" + os.path.basename(path)
        f.write('        {"%s", std::string("%s", %d)},\n' % (name, body, len(data)))
    f.write("    };\n    return files;\n}\n\n} // namespace quotegraph\n")
