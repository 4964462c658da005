#!/usr/bin/env python3
"""Fails when a tr() string in the sources is missing from, or untranslated in, a catalogue.

Runs lupdate over models/ widgets/ app/ into a scratch .ts, then checks that every (context, source)
pair is present in translations/tokscope_en.ts and translated (non-empty, not unfinished) in
translations/tokscope_ko.ts. Prints a summary line 'N passed, N failed'.
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


def main():
    lupdate, source_dir = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "scratch.ts")
        subprocess.run([lupdate, "-silent", "-locations", "none",
                        os.path.join(source_dir, "models"), os.path.join(source_dir, "widgets"),
                        os.path.join(source_dir, "app"), "-ts", scratch], check=True)
        wanted = messages(scratch)
    en = messages(os.path.join(source_dir, "translations", "tokscope_en.ts"))
    ko = messages(os.path.join(source_dir, "translations", "tokscope_ko.ts"))
    missing_en = [k for k in wanted if k not in en]
    missing_ko = [k for k in wanted if not ko.get(k, False)]
    for ctx, src in missing_en[:40]:
        print(f"en: missing {ctx}: {src!r}")
    for ctx, src in missing_ko[:40]:
        print(f"ko: untranslated {ctx}: {src!r}")
    failed = (1 if missing_en else 0) + (1 if missing_ko else 0)
    print(f"strings in sources: {len(wanted)}, missing in en: {len(missing_en)}, untranslated in ko: {len(missing_ko)}")
    print(f"{2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
