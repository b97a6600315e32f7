#!/usr/bin/env python3
"""Validate uhri-taxonomy.json and resolve every label found in OHCHR thematic lists.

Usage:
    python3 check_uhri.py [--data-dir PATH] [--json PATH] [--verbose] [DOCX ...]

Without DOCX arguments every *.docx under <data-dir>/ohchr-thematic-lists is read.
The data directory defaults to $SIMORE_SHARED_DATA, else ../shared/data next to the
repository root. Exits 0 when the structure is valid and every label resolves,
1 otherwise. Standard library only.

Matching rule: a label matches an entry when, after trimming surrounding whitespace
and collapsing inner whitespace, it equals one of the entry's names (any language)
or aliases, case-insensitively. Themes and groups of persons are separate
namespaces. A legacy line such as "A12 Acceptance of international norms" matches
when its code is listed in "legacy" with that label.

What is read from a thematic list (.docx, the table of recommendations): in the
third column, lines "- Theme" until a line "Groups of Persons:" or "Affected
persons:", then lines "- Group"; lines "A12 Label" (legacy codes); and the
one-cell header rows "Theme: ...".
"""

import argparse
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[3]
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

CODE_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LEGACY_CODE_RE = re.compile(r"^[ABDEFGHS]\d{1,2}$")
LEGACY_LINE_RE = re.compile(r"^([ABDEFGHS]\d{1,2})\s+(\S.*)$")
GROUP_MARKER_RE = re.compile(r"^(groups of persons|affected persons)\s*:?\s*$", re.I)
HEADER_RE = re.compile(r"^theme\s*:\s*(.+)$", re.I)


def key(value):
    return re.sub(r"\s+", " ", value).strip().casefold()


class Report:
    def __init__(self):
        self.lines = []
        self.passed = 0
        self.failures = 0

    def section(self, title):
        self.lines.append("")
        self.lines.append(f"== {title}")

    def add(self, text):
        self.lines.append(f"   {text}")

    def ok(self, text):
        self.passed += 1
        self.lines.append(f"ok {text}")

    def fail(self, text):
        self.failures += 1
        self.lines.append(f"FAIL {text}")

    def check(self, condition, text, details=()):
        if condition:
            self.ok(text)
        else:
            self.fail(text)
            for d in details:
                self.add(f"- {d}")

    def print(self):
        print("\n".join(self.lines).lstrip("\n"))


# --------------------------------------------------------------------------- structure


def load(path, report):
    raw = Path(path).read_bytes()
    report.check(not raw.startswith(b"\xef\xbb\xbf"), "file has no UTF-8 BOM")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        report.fail(f"file is UTF-8 JSON ({exc})")
        return None
    report.ok("file is UTF-8 JSON")
    return data


def check_names(entry, where, errors):
    names = entry.get("names")
    if not isinstance(names, dict):
        errors.append(f"{where}: 'names' is not an object")
        return
    missing = [l for l in LANGS if not isinstance(names.get(l), str) or not names[l].strip()]
    extra = sorted(set(names) - set(LANGS))
    if missing:
        errors.append(f"{where}: names missing or empty for {', '.join(missing)}")
    if extra:
        errors.append(f"{where}: unexpected name languages {', '.join(extra)}")
    for lang, value in names.items():
        if isinstance(value, str) and value != value.strip():
            errors.append(f"{where}: names.{lang} has surrounding whitespace")
    en = names.get("en", "")
    if isinstance(en, str) and " and & " in en:
        errors.append(f"{where}: odd English name {en!r}")


def check_string_list(entry, field, where, errors):
    value = entry.get(field)
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        errors.append(f"{where}: '{field}' is not a list of non-empty strings")
        return []
    dups = [x for x, n in Counter(key(x) for x in value).items() if n > 1]
    if dups:
        errors.append(f"{where}: duplicate {field} {dups}")
    return value


def build_lookup(entries, kind, report):
    """Map every name (any language) and alias to the entries that carry it."""
    lookup = defaultdict(set)
    for e in entries:
        code = e.get("code")
        for lang in LANGS:
            name = (e.get("names") or {}).get(lang)
            if isinstance(name, str):
                lookup[key(name)].add(code)
        for alias in e.get("aliases") or []:
            if isinstance(alias, str):
                lookup[key(alias)].add(code)
    clashes = sorted(f"{k!r} -> {', '.join(sorted(v))}" for k, v in lookup.items() if len(v) > 1)
    report.check(not clashes, f"{kind}: names and aliases are unambiguous ({len(lookup)} lookup keys)", clashes)
    # an alias that repeats the entry's own name is useless and hides typos
    redundant = []
    for e in entries:
        own = {key(v) for v in (e.get("names") or {}).values() if isinstance(v, str)}
        redundant += [f"{e.get('code')}: {a!r}" for a in e.get("aliases") or [] if isinstance(a, str) and key(a) in own]
    report.check(not redundant, f"{kind}: no alias repeats the entry's own name", redundant)
    return {k: next(iter(v)) for k, v in lookup.items() if len(v) == 1}


def validate(data, report):
    report.section("Structure")
    if not isinstance(data, dict):
        report.fail("top level is an object")
        return None
    expected = {"themes", "groups", "legacy"}
    report.check(set(data) == expected, "top-level keys are themes, groups, legacy",
                 [f"found {sorted(data)}"])
    themes = data.get("themes") if isinstance(data.get("themes"), list) else []
    groups = data.get("groups") if isinstance(data.get("groups"), list) else []
    legacy = data.get("legacy") if isinstance(data.get("legacy"), list) else []
    report.check(bool(themes) and bool(groups) and bool(legacy), "themes, groups and legacy are non-empty arrays")

    legacy_labels = {}
    errors = []
    for i, item in enumerate(legacy):
        if not isinstance(item, dict) or set(item) != {"code", "label"}:
            errors.append(f"legacy[{i}] must have exactly code and label")
            continue
        code, label = item["code"], item["label"]
        if not isinstance(code, str) or not LEGACY_CODE_RE.match(code):
            errors.append(f"legacy[{i}]: bad code {code!r}")
            continue
        if not isinstance(label, str) or not label.strip():
            errors.append(f"legacy {code}: empty label")
            continue
        if code in legacy_labels:
            errors.append(f"legacy {code}: duplicate code")
        legacy_labels[code] = label
    report.check(not errors, f"legacy: {len(legacy_labels)} codes, each with a label, no duplicates", errors)

    mapped = defaultdict(list)
    for kind, entries, fields in (("themes", themes, {"code", "group", "names", "legacyCodes", "aliases"}),
                                  ("groups", groups, {"code", "names", "legacyCodes", "aliases"})):
        errors = []
        codes = Counter()
        for i, e in enumerate(entries):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where}: not an object")
                continue
            code = e.get("code")
            if isinstance(code, str):
                where = f"{kind} {code}"
            if set(e) != fields:
                errors.append(f"{where}: keys {sorted(e)} (expected {sorted(fields)})")
            if not isinstance(code, str) or not CODE_RE.match(code):
                errors.append(f"{where}: code is not a lowercase slug")
            codes[code] += 1
            if kind == "themes" and (not isinstance(e.get("group"), str) or not e.get("group", "").strip()):
                errors.append(f"{where}: missing group")
            check_names(e, where, errors)
            check_string_list(e, "aliases", where, errors)
            for c in check_string_list(e, "legacyCodes", where, errors):
                if c not in legacy_labels:
                    errors.append(f"{where}: legacy code {c} is not listed in 'legacy'")
                mapped[c].append(f"{kind[:-1]} {code}")
        dups = [c for c, n in codes.items() if n > 1]
        if dups:
            errors.append(f"duplicate codes {dups}")
        report.check(not errors, f"{kind}: {len(entries)} entries, unique slugs, names in {', '.join(LANGS)}", errors)

    unmapped = sorted(c for c in legacy_labels if c not in mapped)
    report.check(not unmapped, f"legacy: every code is mapped to at least one theme or group", unmapped)
    theme_groups = Counter(e.get("group") for e in themes if isinstance(e, dict))
    report.add(f"{len(theme_groups)} thematic groupings: "
               + "; ".join(f"{g} ({n})" for g, n in theme_groups.items()))

    theme_lookup = build_lookup([e for e in themes if isinstance(e, dict)], "themes", report)
    group_lookup = build_lookup([e for e in groups if isinstance(e, dict)], "groups", report)
    return theme_lookup, group_lookup, legacy_labels, mapped


# --------------------------------------------------------------------------- docx


def paragraph_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br", W + "cr"):
            out.append(" ")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def cell_lines(tc):
    return [t for t in (paragraph_text(p) for p in tc.iter(W + "p")) if t]


def read_docx(path):
    """Yield (kind, label, where) for each label in the thematic list."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    for t_index, tbl in enumerate(root.iter(W + "tbl")):
        for r_index, tr in enumerate(tbl.findall(W + "tr")):
            where = f"table {t_index + 1} row {r_index + 1}"
            is_header = tr.find(f"{W}trPr/{W}tblHeader") is not None
            cells = tr.findall(W + "tc")
            if is_header:
                continue
            if len(cells) == 1:
                for line in cell_lines(cells[0]):
                    m = HEADER_RE.match(line)
                    if not m:
                        yield "unknown", line, where
                        continue
                    label = m.group(1).strip()
                    lm = LEGACY_LINE_RE.match(label)
                    yield ("legacy", label, where) if lm else ("theme", label, where)
                continue
            if len(cells) < 3:
                continue
            mode = "theme"
            for line in cell_lines(cells[2]):
                if GROUP_MARKER_RE.match(line):
                    mode = "group"
                    continue
                if line.startswith("- ") or line == "-":
                    yield mode, line[2:].strip(), where
                    continue
                if mode == "theme" and LEGACY_LINE_RE.match(line):
                    yield "legacy", line, where
                    continue
                yield "unknown", line, where


def check_docx(files, lookups, report, verbose):
    theme_lookup, group_lookup, legacy_labels, mapped = lookups
    for path in files:
        report.section(f"Thematic list {path.name}")
        seen = {"theme": Counter(), "group": Counter(), "legacy": Counter(), "unknown": Counter()}
        where_first = {}
        try:
            for kind, label, where in read_docx(path):
                seen[kind][label] += 1
                where_first.setdefault((kind, label), where)
        except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
            report.fail(f"{path.name} is a readable .docx ({exc})")
            continue
        total = sum(sum(c.values()) for c in seen.values())
        report.check(total > 0, f"labels found ({total} occurrences)")

        for kind, lookup, noun in (("theme", theme_lookup, "theme"), ("group", group_lookup, "group of persons")):
            bad = []
            for label, n in sorted(seen[kind].items()):
                code = lookup.get(key(label))
                if code is None:
                    bad.append(f"{label!r} x{n} (first at {where_first[(kind, label)]})")
                elif verbose:
                    report.add(f"{label!r} -> {code}")
            report.check(not bad, f"{len(seen[kind])} distinct {noun} labels resolve "
                                  f"({sum(seen[kind].values())} occurrences)", bad)

        bad = []
        for line, n in sorted(seen["legacy"].items()):
            code, label = LEGACY_LINE_RE.match(line).groups()
            if code not in legacy_labels:
                bad.append(f"{line!r}: code {code} is not listed in 'legacy'")
            elif key(legacy_labels[code]) != key(label):
                bad.append(f"{line!r}: label differs from {legacy_labels[code]!r}")
            elif not mapped.get(code):
                bad.append(f"{line!r}: code {code} is not mapped")
            elif verbose:
                report.add(f"{code} -> {', '.join(mapped[code])}")
        report.check(not bad, f"{len(seen['legacy'])} distinct legacy labels are listed and mapped "
                              f"({sum(seen['legacy'].values())} occurrences)", bad)

        unknown = [f"{l!r} (first at {where_first[('unknown', l)]})" for l in sorted(seen["unknown"])]
        report.check(not unknown, "no unrecognised lines in the themes column or header rows", unknown)


# --------------------------------------------------------------------------- main


def default_data_dir():
    env = os.environ.get("SIMORE_SHARED_DATA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "data"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(default_data_dir()))
    parser.add_argument("--json", default=str(HERE / "uhri-taxonomy.json"))
    parser.add_argument("--verbose", action="store_true", help="print how each label resolves")
    parser.add_argument("docx", nargs="*", help="thematic lists to read (default: all under the data dir)")
    args = parser.parse_args(argv)

    report = Report()
    report.section(f"File {Path(args.json).name}")
    data = load(args.json, report)
    lookups = validate(data, report) if data is not None else None

    files = [Path(p) for p in args.docx]
    if not files:
        folder = Path(args.data_dir) / "ohchr-thematic-lists"
        files = sorted(folder.glob("*.docx"))
        report.section("Data")
        report.check(bool(files), f"thematic lists found in {folder} ({len(files)})")
    if lookups is not None:
        check_docx(files, lookups, report, args.verbose)

    report.section("Result")
    report.add("PASS" if report.failures == 0 else f"FAIL ({report.failures} problems)")
    report.lines.append(f"uhri: {report.passed} passed, {report.failures} failed")
    report.print()
    return 0 if report.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
