"""Prints samples/*.txt (or DIR/*.txt) as JSONL lines, one document each,
for the bench scripts when they are given no corpus."""
import json
import pathlib
import sys

for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    print(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}))
