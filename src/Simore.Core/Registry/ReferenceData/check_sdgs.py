#!/usr/bin/env python3
"""Validate sdgs.json and match every SDG label found in the OHCHR thematic lists.

Usage:
    python3 check_sdgs.py [--data-dir PATH] [--json PATH] [--verbose] [DOCX ...]

Without DOCX arguments every *.docx under <data-dir>/ohchr-thematic-lists is read.
The data directory defaults to $SIMORE_SHARED_DATA, else ../shared/data next to the
repository root. Exits 0 when the file is valid and every SDG label in the lists
matches a goal, 1 otherwise. Standard library only.

Checked:
  * structure: {"goals": [{number, ohchrLabel, shortName, title, targets: [{code, text}]}]}
  * 17 goals numbered 1..17 in order, 169 targets, the per-goal target counts of
    resolution 70/1
  * target codes: unique, "<goal>.<n>" or "<goal>.<letter>", prefix = goal number,
    numeric targets 1..k then lettered targets a, b, c ... without gaps
  * shortName and title present and non-empty in all six UN languages
  * target texts: English always present; other keys only from the six languages;
    no empty or untrimmed strings; NFC-normalized; no stray control characters
  * ohchrLabel: upper case, unique
  * OHCHR thematic lists: each paragraph of the form "- 16 - PEACE, JUSTICE AND STRONG
    INSTITUTIONS" must name an existing goal and its exact ohchrLabel
Printed: how many targets carry a text in each language.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[3]
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
EXPECTED_COUNTS = {
    1: 7, 2: 8, 3: 13, 4: 10, 5: 9, 6: 8, 7: 5, 8: 12, 9: 8,
    10: 10, 11: 10, 12: 11, 13: 5, 14: 10, 15: 12, 16: 12, 17: 19,
}
EXPECTED_TOTAL = 169
CODE_RE = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-z])$")
SDG_LINE_RE = re.compile(r"^\s*-\s*(\d{1,2})\s*-\s*(\S.*?)\s*$")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class Report:
    def __init__(self):
        self.failures = []

    def fail(self, message):
        self.failures.append(message)

    def check(self, condition, message):
        if not condition:
            self.fail(message)
        return condition


def check_string(value, where, report):
    if not isinstance(value, str) or not value:
        report.fail(f"{where}: must be a non-empty string")
        return
    if value != value.strip():
        report.fail(f"{where}: leading or trailing whitespace")
    if "  " in value or "\n" in value or "\t" in value:
        report.fail(f"{where}: repeated whitespace or line break")
    if unicodedata.normalize("NFC", value) != value:
        report.fail(f"{where}: not NFC-normalized")
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        report.fail(f"{where}: control character")
    if "\ufeff" in value or "\u0640" in value:
        report.fail(f"{where}: BOM or tatweel character")


def check_lang_map(value, where, report, required):
    if not isinstance(value, dict):
        report.fail(f"{where}: must be an object keyed by language")
        return
    for lang in value:
        report.check(lang in LANGS, f"{where}: unknown language key {lang!r}")
    for lang in required:
        report.check(lang in value, f"{where}: missing language {lang!r}")
    for lang, text in value.items():
        check_string(text, f"{where}.{lang}", report)


def check_code_sequence(number, codes, report):
    numeric = [c.split(".")[1] for c in codes if c.split(".")[1].isdigit()]
    letters = [c.split(".")[1] for c in codes if not c.split(".")[1].isdigit()]
    expected_numeric = [str(i) for i in range(1, len(numeric) + 1)]
    expected_letters = [chr(ord("a") + i) for i in range(len(letters))]
    report.check(numeric == expected_numeric,
                 f"goal {number}: numeric targets {numeric} are not 1..{len(numeric)} in order")
    report.check(letters == expected_letters,
                 f"goal {number}: lettered targets {letters} are not a.. in order")
    first_letter = next((i for i, c in enumerate(codes) if not c.split(".")[1].isdigit()), len(codes))
    report.check(all(not c.split(".")[1].isdigit() for c in codes[first_letter:]),
                 f"goal {number}: numeric target listed after a lettered one")


def check_json(doc, report):
    """Validate the document; return (goals by number, language counter)."""
    lang_counts = Counter()
    goals_by_number = {}
    if not report.check(isinstance(doc, dict) and set(doc) == {"goals"},
                        "top level must be an object with the single key 'goals'"):
        return goals_by_number, lang_counts
    goals = doc["goals"]
    if not report.check(isinstance(goals, list), "'goals' must be a list"):
        return goals_by_number, lang_counts
    report.check(len(goals) == 17, f"expected 17 goals, found {len(goals)}")

    all_codes = Counter()
    labels = Counter()
    total = 0
    for index, goal in enumerate(goals, start=1):
        where = f"goals[{index - 1}]"
        if not report.check(isinstance(goal, dict), f"{where}: must be an object"):
            continue
        expected_keys = {"number", "ohchrLabel", "shortName", "title", "targets"}
        report.check(set(goal) == expected_keys,
                     f"{where}: keys {sorted(goal)} differ from {sorted(expected_keys)}")
        number = goal.get("number")
        if not report.check(isinstance(number, int) and not isinstance(number, bool),
                            f"{where}: 'number' must be an integer"):
            continue
        report.check(number == index, f"{where}: number {number}, expected {index} (order 1..17)")
        where = f"goal {number}"
        goals_by_number[number] = goal

        label = goal.get("ohchrLabel")
        check_string(label, f"{where}.ohchrLabel", report)
        if isinstance(label, str):
            report.check(label == label.upper(), f"{where}.ohchrLabel: must be upper case")
            labels[label] += 1

        check_lang_map(goal.get("shortName"), f"{where}.shortName", report, LANGS)
        check_lang_map(goal.get("title"), f"{where}.title", report, LANGS)

        targets = goal.get("targets")
        if not report.check(isinstance(targets, list), f"{where}.targets: must be a list"):
            continue
        expected = EXPECTED_COUNTS.get(number)
        report.check(len(targets) == expected,
                     f"{where}: {len(targets)} targets, expected {expected}")
        codes = []
        for t_index, target in enumerate(targets):
            t_where = f"{where}.targets[{t_index}]"
            if not report.check(isinstance(target, dict) and set(target) == {"code", "text"},
                                f"{t_where}: must be an object with keys 'code' and 'text'"):
                continue
            code = target["code"]
            m = CODE_RE.match(code) if isinstance(code, str) else None
            if not report.check(m is not None, f"{t_where}: malformed code {code!r}"):
                continue
            report.check(int(m.group(1)) == number,
                         f"{t_where}: code {code} does not start with goal number {number}")
            codes.append(code)
            all_codes[code] += 1
            total += 1
            check_lang_map(target["text"], f"target {code}.text", report, ("en",))
            if isinstance(target["text"], dict):
                for lang in target["text"]:
                    lang_counts[lang] += 1
        check_code_sequence(number, codes, report)

    report.check(total == EXPECTED_TOTAL, f"expected {EXPECTED_TOTAL} targets in total, found {total}")
    for code, n in all_codes.items():
        report.check(n == 1, f"target code {code} occurs {n} times")
    for label, n in labels.items():
        report.check(n == 1, f"ohchrLabel {label!r} occurs {n} times")
    report.check(sorted(goals_by_number) == list(range(1, 18)),
                 f"goal numbers {sorted(goals_by_number)} are not exactly 1..17")
    return goals_by_number, lang_counts


def read_docx_paragraphs(path):
    """Yield the plain text of each paragraph of word/document.xml."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml")
    root = ElementTree.fromstring(xml)
    for paragraph in root.iter(W_NS + "p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == W_NS + "t":
                parts.append(node.text or "")
            elif node.tag in (W_NS + "tab", W_NS + "br"):
                parts.append(" ")
            elif node.tag == W_NS + "noBreakHyphen":
                parts.append("-")
        yield "".join(parts)


def check_docx(files, goals_by_number, report, verbose):
    found = defaultdict(Counter)  # (number, label) -> per-file counts
    for path in files:
        try:
            paragraphs = list(read_docx_paragraphs(path))
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
            report.fail(f"{path.name}: not a readable .docx ({exc})")
            continue
        for text in paragraphs:
            m = SDG_LINE_RE.match(text)
            if m:
                found[(int(m.group(1)), m.group(2))][path.name] += 1
    matched = 0
    for (number, label), per_file in sorted(found.items()):
        goal = goals_by_number.get(number)
        where = f"SDG label '- {number} - {label}' ({', '.join(f'{f}: {n}' for f, n in sorted(per_file.items()))})"
        if not report.check(goal is not None, f"{where}: no goal {number}"):
            continue
        if report.check(goal.get("ohchrLabel") == label,
                        f"{where}: goal {number} has ohchrLabel {goal.get('ohchrLabel')!r}"):
            matched += 1
        if verbose:
            print(f"  {where}: ok")
    occurrences = sum(sum(c.values()) for c in found.values())
    print(f"OHCHR thematic lists: {len(files)} file(s), {occurrences} SDG label occurrence(s), "
          f"{len(found)} distinct label(s), {matched} matched")
    for path in files:
        n = sum(c.get(path.name, 0) for c in found.values())
        print(f"  {path.name}: {n} SDG label occurrence(s)")


def default_data_dir():
    env = os.environ.get("SIMORE_SHARED_DATA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "data"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default=str(HERE / "sdgs.json"), help="file to check")
    parser.add_argument("--data-dir", default=None, help="shared data directory")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("docx", nargs="*", help="thematic lists to read (default: all under the data dir)")
    args = parser.parse_args(argv)

    report = Report()
    json_path = Path(args.json)
    raw = json_path.read_bytes()
    report.check(not raw.startswith(b"\xef\xbb\xbf"), f"{json_path.name}: starts with a UTF-8 BOM")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"FAIL {json_path.name}: not valid UTF-8 JSON ({exc})")
        return 1

    goals_by_number, lang_counts = check_json(doc, report)
    total = sum(len(g.get("targets", [])) for g in goals_by_number.values())
    print(f"{json_path.name}: {len(goals_by_number)} goals, {total} targets")
    print("  targets per goal: " + ", ".join(
        f"{n}:{len(g.get('targets', []))}" for n, g in sorted(goals_by_number.items())))
    print("  targets with a text in each language:")
    for lang in LANGS:
        print(f"    {lang}: {lang_counts.get(lang, 0)}/{total}")

    files = [Path(p) for p in args.docx]
    if not files:
        folder = (Path(args.data_dir) if args.data_dir else default_data_dir()) / "ohchr-thematic-lists"
        files = sorted(folder.glob("*.docx"))
        report.check(bool(files), f"no .docx found under {folder} (use --data-dir or DOCX arguments)")
    if files:
        check_docx(files, goals_by_number, report, args.verbose)

    if report.failures:
        for message in report.failures:
            print(f"FAIL {message}")
        print(f"{len(report.failures)} problem(s) found")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
