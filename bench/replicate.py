#!/usr/bin/env python3
"""Replicates a small corpus to a given size for benchmarks: writes the documents of SRC (a
directory of text files, read recursively in sorted order, hidden entries skipped, or one text
file) again and again as JSON Lines, {"id": "rNNNNNN/<path>", "text": ...}, each copy with a
distinct id, until the output holds at least MB megabytes (2^20 bytes) of document text.

    bench/replicate.py ../shared/seeds 200 /tmp/seeds-200.jsonl"""
import json
import os
import sys


def documents(src):
    if os.path.isfile(src):
        yield os.path.basename(src), src
        return
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                path = os.path.join(root, name)
                yield os.path.relpath(path, src), path


def main():
    if len(sys.argv) != 4 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(0 if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help") else 2)
    src, mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    docs = []
    for rel, path in documents(src):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if text:
            docs.append((rel, text, len(text.encode("utf-8"))))
    if not docs:
        sys.exit(f"replicate.py: no documents in {src}")
    target = mb * 2**20
    written = count = copy = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            for rel, text, size in docs:
                f.write(json.dumps({"id": f"r{copy:06d}/{rel}", "text": text}, ensure_ascii=False) + "\n")
                written += size
                count += 1
            copy += 1
    print(f"{count} documents ({copy} copies of {len(docs)}), {written / 2**20:.1f} MB of text in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
