#!/usr/bin/env python3
"""Fills the translation files after `cmake --build build --target postcounter_ui_lupdate`.

  tools/ts_fill.py vi                 Vietnamese is the source language: every entry of
                                      postcounter_vi.ts gets its source as translation.
  tools/ts_fill.py en FILE.json       Applies English translations from FILE.json, a list of
                                      [context, source, translation] or
                                      [context, source, singular, plural] entries.
  tools/ts_fill.py check              Exits 1 listing every unfinished entry.
  tools/ts_fill.py check LUPDATE DIR…  The same on copies refreshed by lupdate from the sources,
                                      so a new tr() string without a translation fails (CTest).
"""
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"


def load(lang):
    path = ROOT / f"postcounter_{lang}.ts"
    return path, ET.parse(path)


def save(path, tree):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            yield name, m


def unfinished(tree):
    out = []
    for name, m in messages(tree):
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
            if t is not None and t.get("type") in ("vanished", "obsolete"):
                continue
            out.append((name, m.findtext("source")))
    return out


def set_translation(m, forms):
    t = m.find("translation")
    if t is None:
        t = ET.SubElement(m, "translation")
    t.attrib.pop("type", None)
    t.text = None
    for child in list(t):
        t.remove(child)
    if m.get("numerus") == "yes":
        for f in forms:
            ET.SubElement(t, "numerusform").text = f
    else:
        t.text = forms[0]


def main():
    global ROOT
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "check" and len(sys.argv) > 3:
        tmp = Path(tempfile.mkdtemp())
        for lang in ("vi", "en"):
            shutil.copy(ROOT / f"postcounter_{lang}.ts", tmp)
        subprocess.run([sys.argv[2], *sys.argv[3:], "-no-obsolete", "-locations", "none", "-silent",
                        "-ts", str(tmp / "postcounter_vi.ts"), str(tmp / "postcounter_en.ts")], check=True)
        ROOT = tmp
    if cmd == "vi":
        path, tree = load("vi")
        for _, m in messages(tree):
            set_translation(m, [m.findtext("source")])  # Vietnamese has one plural form
        save(path, tree)
    elif cmd == "en":
        path, tree = load("en")
        table = {}
        for row in json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")):
            table[(row[0], row[1])] = row[2:]
        for name, m in messages(tree):
            forms = table.get((name, m.findtext("source")))
            if forms:
                if m.get("numerus") == "yes" and len(forms) == 1:
                    forms = [forms[0], forms[0]]
                set_translation(m, forms)
        save(path, tree)
        left = unfinished(tree)
        for name, src in left:
            print(f"untranslated: {name}: {src}")
    missing = 0
    for lang in ("vi", "en"):
        _, tree = load(lang)
        for name, src in unfinished(tree):
            missing += 1
            if cmd == "check":
                print(f"{lang}: unfinished: {name}: {src}")
    if cmd == "check":
        print(f"{missing} unfinished translation(s)")
        sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
