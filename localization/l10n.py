#!/usr/bin/env python3
"""Maintains the interface translations in localization/SharedResource*.resx.

  python3 localization/l10n.py missing            # keys used in the code but absent from a language
  python3 localization/l10n.py merge new.json     # add/replace translations: {"key": {"ar": "...", ...}}
  python3 localization/l10n.py unused             # keys in the files that the code no longer uses

Keys are the English text. The neutral file (SharedResource.resx) is English.
The same rules are enforced by the unit test LocalizationCompletenessTests.
"""
import json
import re
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "ar", "es", "fr", "ru", "zh"]
FILES = {lang: ROOT / "localization" / ("SharedResource.resx" if lang == "en" else f"SharedResource.{lang}.resx") for lang in LANGS}

PATTERNS = [
    re.compile(r'\b[Ll]\[\s*"((?:[^"\\]|\\.)+)"'),
    re.compile(r'new ImportProblem\(\s*[^,]+,\s*(?:null|"[^"]*"|[^,()]+),\s*"((?:[^"\\]|\\.)+)"'),
    re.compile(r'LocalizedKey\(\s*"((?:[^"\\]|\\.)+)"'),
    re.compile(r'\bFailed\(\s*"((?:[^"\\]|\\.)+)"'),
]
DISPLAY = re.compile(r'=>\s*"((?:[^"\\]|\\.)+)"')

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
"""


def unescape(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s


def used_keys():
    keys = set()
    for path in list((ROOT / "src").rglob("*.cs")) + list((ROOT / "src").rglob("*.cshtml")):
        if "/obj/" in str(path) or "/bin/" in str(path) or "/Migrations/" in str(path):
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            keys.update(unescape(m) for m in pattern.findall(text))
        if path.name == "Display.cs":
            keys.update(unescape(m) for m in DISPLAY.findall(text))
    return keys


def load(lang):
    path = FILES[lang]
    if not path.exists():
        return {}
    tree = ET.parse(path)
    return {d.get("name"): (d.findtext("value") or "") for d in tree.getroot().findall("data")}


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def save(lang, entries):
    lines = [HEADER]
    for key in sorted(entries, key=lambda k: k.lower()):
        lines.append(f'  <data name="{escape(key)}" xml:space="preserve">\n    <value>{escape(entries[key])}</value>\n  </data>\n')
    lines.append("</root>\n")
    FILES[lang].write_text("".join(lines), encoding="utf-8")


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "missing"
    keys = used_keys()
    if command == "missing":
        missing = {}
        for lang in LANGS:
            have = load(lang)
            for key in sorted(keys):
                if not have.get(key):
                    missing.setdefault(key, []).append(lang)
        print(json.dumps(missing, ensure_ascii=False, indent=1))
        print(f"{len(keys)} keys used; {len(missing)} incomplete", file=sys.stderr)
    elif command == "merge":
        new = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        for lang in LANGS:
            entries = load(lang)
            for key, translations in new.items():
                value = key if lang == "en" else translations.get(lang)
                if value:
                    entries[key] = value
            save(lang, entries)
        print(f"merged {len(new)} keys")
    elif command == "unused":
        have = load("en")
        for key in sorted(set(have) - keys):
            print(key)
    elif command == "prune":
        for lang in LANGS:
            entries = {k: v for k, v in load(lang).items() if k in keys}
            save(lang, entries)
    else:
        print(__doc__)


if __name__ == "__main__":
    main()
