#!/usr/bin/env python3
"""Fails when a tr() string in the sources is missing from, or untranslated in, a catalogue.

Runs lupdate over models/ widgets/ app/ into a scratch .ts, then checks that every (context, source)
pair is present in translations/tokscope_en.ts and translated (non-empty, not unfinished) in
translations/tokscope_ko.ts, and that lupdate itself reported no warning (a string lupdate drops,
e.g. a tr() without a class context, would otherwise go unnoticed). Prints 'N passed, N failed'.
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path):
    out = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            text = (tr.text or "") if tr is not None else ""
            unfinished = tr is not None and tr.get("type") in ("unfinished", "vanished", "obsolete")
            done = not unfinished and (bool(text.strip()) or (forms and all(f.strip() for f in forms)))
            out[(name, src)] = done
    return out


def lupdate_warnings(output):
    """Lines of lupdate's output that are not its progress report ("Scanning directory", "Updating",
    "Found N source text(s)", ...): warnings and errors about the sources."""
    progress = ("Scanning directory", "Updating ", "Found ", "    Found ", "Generated ", "Kept ",
                "Same-text heuristic", "Similar-text heuristic", "Removed ")
    out = []
    for line in output.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(progress) or line.startswith(progress):
            continue
        out.append(stripped)
    return out


def main():
    lupdate, source_dir = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "scratch.ts")
        # Not -silent: lupdate reports strings it drops (e.g. "tr() cannot be called without context")
        # only as warnings, and a dropped string can never be translated. Any warning fails the test.
        # -I: includes name their layer from the repository root ("widgets/mainwindow.h"); without it
        # lupdate cannot see the classes and warns about every qualified name.
        run = subprocess.run([lupdate, "-I", source_dir, "-locations", "none",
                              os.path.join(source_dir, "models"), os.path.join(source_dir, "widgets"),
                              os.path.join(source_dir, "app"), "-ts", scratch],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            print(run.stdout)
            print(f"lupdate failed with exit code {run.returncode}")
            return 1
        warnings = lupdate_warnings(run.stdout)
        wanted = messages(scratch)
    en = messages(os.path.join(source_dir, "translations", "tokscope_en.ts"))
    ko = messages(os.path.join(source_dir, "translations", "tokscope_ko.ts"))
    missing_en = [k for k in wanted if k not in en]
    missing_ko = [k for k in wanted if not ko.get(k, False)]
    for ctx, src in missing_en[:40]:
        print(f"en: missing {ctx}: {src!r}")
    for ctx, src in missing_ko[:40]:
        print(f"ko: untranslated {ctx}: {src!r}")
    for line in warnings[:40]:
        print(f"lupdate: {line}")
    failed = (1 if missing_en else 0) + (1 if missing_ko else 0) + (1 if warnings else 0)
    print(f"strings in sources: {len(wanted)}, missing in en: {len(missing_en)}, untranslated in ko: {len(missing_ko)}, "
          f"lupdate warnings: {len(warnings)}")
    print(f"{3 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
