#!/usr/bin/env python3
"""Copies every begin-snippet block of examples/ into the docs pages that quote it.

A docs page quotes a snippet as
    <!-- snippet: NAME -->
    ```csharp            (```sh for examples/cli/*.sh)
    ...code...
    ```
and this script replaces the code of each such block with the current code of the snippet (common indentation
removed), so after editing an example you run it instead of copying by hand:

    python3 examples/update-docs.py

tests/Examples.Tests/SnippetsAreInSyncTests.cs checks the result independently (it does not use this script).
"""
import glob
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BEGIN = re.compile(r"^\s*(//|#) begin-snippet: ([a-z0-9-]+)\s*$")
END = re.compile(r"^\s*(//|#) end-snippet\s*$")
QUOTED = re.compile(r"<!-- snippet: ([a-z0-9-]+) -->\n```([a-z]+)\n.*?\n?```", re.S)


def snippets():
    found = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "**", "*.*"), recursive=True)):
        parts = path.split(os.sep)
        if "bin" in parts or "obj" in parts or not path.endswith((".cs", ".sh")):
            continue
        language = "csharp" if path.endswith(".cs") else "sh"
        name, body = None, []
        with open(path, encoding="utf-8") as f:
            for line in f.read().split("\n"):
                if (m := BEGIN.match(line)):
                    name, body = m.group(2), []
                elif END.match(line):
                    indent = min((len(l) - len(l.lstrip(" ")) for l in body if l.strip()), default=0)
                    code = "\n".join("" if not l.strip() else l[indent:].rstrip() for l in body).strip("\n")
                    found[name] = (language, code)
                    name = None
                elif name:
                    body.append(line)
    return found


def main():
    known = snippets()
    missing = set()
    for page in sorted(glob.glob(os.path.join(ROOT, "docs", "*.md"))):
        with open(page, encoding="utf-8") as f:
            text = f.read()

        def replace(m):
            name = m.group(1)
            if name not in known:
                missing.add(name)
                return m.group(0)
            language, code = known[name]
            return f"<!-- snippet: {name} -->\n```{language}\n{code}\n```"

        updated = QUOTED.sub(replace, text)
        if updated != text:
            with open(page, "w", encoding="utf-8") as f:
                f.write(updated)
            print(f"updated {os.path.relpath(page, ROOT)}")
    if missing:
        print("unknown snippets quoted in docs: " + ", ".join(sorted(missing)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
