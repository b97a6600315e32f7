#!/usr/bin/env python3
"""Validate countries.json and resolve every State name found in the shared UN data files.

Usage:
    python3 check_countries.py [--data-dir PATH] [--json PATH] [--verbose]

The data directory defaults to $SIMORE_SHARED_DATA, else ../shared/data next to the
repository root. Exits 0 when the schema is valid and every State name resolves,
1 otherwise. Standard library only.

Matching rule (same as the importer): a value matches an entry when, after trimming
surrounding whitespace, it equals one of the entry's names (any language) or aliases,
case-insensitively.
"""

import argparse
import csv
import html
import io
import itertools
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[3]
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
EXPECTED_UN = 195

# Values that occur where a recommending State is expected but that are not States.
# They are reported, never turned into entries.
KNOWN_NON_STATES = {
    "wg-report-scrape": {
        "moratorium": "scrape error: word taken from the recommendation text (the text names Portugal)",
        "na": "'not available' placeholder",
    },
    "ohchr-thematic-lists": {
        "icrmw": "treaty acronym in parentheses before the recommending State",
    },
}


def key(value):
    return value.strip().casefold()


# --------------------------------------------------------------------------- schema


def load_entries(path):
    raw = Path(path).read_bytes()
    errors = []
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("file starts with a UTF-8 BOM")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, [f"cannot parse {path}: {exc}"]
    return data, errors


def validate(entries):
    errors = []
    if not isinstance(entries, list):
        return ["top level must be a JSON array"], {}
    seen2, seen3 = {}, {}
    un_count = 0
    index = defaultdict(set)       # key -> iso3 set (names + aliases)
    name_owner = defaultdict(set)  # key -> iso3 set (names only)
    for i, e in enumerate(entries):
        where = f"entry #{i} ({e.get('iso3', '?') if isinstance(e, dict) else '?'})"
        if not isinstance(e, dict):
            errors.append(f"{where}: not an object")
            continue
        extra = set(e) - {"iso3", "iso2", "un", "names", "aliases"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        iso3, iso2 = e.get("iso3"), e.get("iso2")
        if not (isinstance(iso3, str) and re.fullmatch(r"[A-Z]{3}", iso3)):
            errors.append(f"{where}: bad iso3 {iso3!r}")
        if not (isinstance(iso2, str) and re.fullmatch(r"[A-Z]{2}", iso2)):
            errors.append(f"{where}: bad iso2 {iso2!r}")
        if iso3 in seen3:
            errors.append(f"{where}: duplicate iso3 {iso3}")
        if iso2 in seen2:
            errors.append(f"{where}: duplicate iso2 {iso2}")
        seen3[iso3] = i
        seen2[iso2] = i
        if not isinstance(e.get("un"), bool):
            errors.append(f"{where}: 'un' must be true or false")
        elif e["un"]:
            un_count += 1
        names = e.get("names")
        if not isinstance(names, dict) or set(names) != set(LANGS):
            errors.append(f"{where}: names must have exactly the keys {', '.join(LANGS)}")
            names = names if isinstance(names, dict) else {}
        for lang, value in names.items():
            if not isinstance(value, str) or not value.strip() or value != value.strip():
                errors.append(f"{where}: names.{lang} must be a non-empty trimmed string")
                continue
            name_owner[key(value)].add(iso3)
            index[key(value)].add(iso3)
        aliases = e.get("aliases")
        if not isinstance(aliases, list):
            errors.append(f"{where}: aliases must be an array")
            aliases = []
        own_names = {key(v) for v in names.values() if isinstance(v, str)}
        own_aliases = set()
        for a in aliases:
            if not isinstance(a, str) or not a.strip() or a != a.strip():
                errors.append(f"{where}: alias {a!r} must be a non-empty trimmed string")
                continue
            k = key(a)
            if k in own_names:
                errors.append(f"{where}: alias {a!r} only repeats one of its own names (case-insensitively)")
            if k in own_aliases:
                errors.append(f"{where}: alias {a!r} is listed twice (case-insensitively)")
            own_aliases.add(k)
            index[k].add(iso3)
    if un_count != EXPECTED_UN:
        errors.append(f"{un_count} entries have un=true, expected {EXPECTED_UN} (193 Member States + 2 observer States)")
    for k, owners in sorted(index.items()):
        if len(owners) > 1:
            kind = "name" if k in name_owner and len(name_owner[k]) > 1 else "alias/name"
            errors.append(f"ambiguous {kind} {k!r} maps to {sorted(owners)}")
    lookup = {k: next(iter(v)) for k, v in index.items() if len(v) == 1}
    return errors, lookup


# --------------------------------------------------------------------------- resolving


class Resolver:
    def __init__(self, lookup):
        self.lookup = lookup

    def __call__(self, value):
        return self.lookup.get(key(value))


PUNCT = " \t;:,.\u00a0"


def clean(part):
    part = part.strip(PUNCT)
    part = re.sub(r"^(?:and|&)\s+", "", part, flags=re.I)
    return part.strip(PUNCT)


def resolve_list(value, resolve):
    """Resolve a value that may list several States.

    Returns (resolved iso3 list, unresolved fragments). The whole value is tried first,
    then comma/semicolon/slash separated parts, then parts joined by 'and' (keeping
    names that themselves contain 'and', such as 'Trinidad and Tobago').
    """
    whole = clean(value)
    if not whole:
        return [], []
    hit = resolve(whole)
    if hit:
        return [hit], []
    found, missing = [], []
    for part in re.split(r"\s*[,;/]\s*", whole):
        part = clean(part)
        if not part:
            continue
        hit = resolve(part)
        if hit:
            found.append(hit)
            continue
        pieces = re.split(r"\s+(?:and|&)\s+", part)
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):  # longest match first
                hit = resolve(" and ".join(pieces[i:j]))
                if hit:
                    found.append(hit)
                    i = j
                    break
            else:
                missing.append(clean(pieces[i]))
                i += 1
    return found, [m for m in missing if m]


def trailing_groups(text):
    """Contents of the parenthesised groups that end a recommendation, outermost first."""
    s = text.rstrip().rstrip(";.,").rstrip()
    groups = []
    while s.endswith(")"):
        depth = 0
        for i in range(len(s) - 1, -1, -1):
            if s[i] == ")":
                depth += 1
            elif s[i] == "(":
                depth -= 1
                if depth == 0:
                    break
        else:
            break
        groups.insert(0, s[i + 1:-1])
        s = s[:i].rstrip()
    return groups


# --------------------------------------------------------------------------- decoding

PLAUSIBLE = set("’‘“”–—…éèêëàâäôöûüùçîïñáíóúÉÇ")


def mojibake_repairs(token, limit=64):
    """Spellings a token may have had before repeated Mac Roman / Windows-1252 mix-ups.

    Some rows of the scraped files were decoded with the wrong code page once or
    several times before being saved ("C»te dêIvoire" for "Côte d’Ivoire"). Each
    non-ASCII character is pushed back through cp1252 -> mac_roman up to three times;
    the combinations are yielded, to be tried only on fragments that do not resolve.
    """
    options = []
    for ch in token:
        alts = [ch]
        if ord(ch) > 127:
            cur = ch
            for _ in range(3):
                try:
                    cur = cur.encode("cp1252").decode("mac_roman")
                except UnicodeError:
                    break
                alts.append(cur)
        options.append(alts)
    count = 0
    for combo in itertools.product(*options):
        yield "".join(combo)
        count += 1
        if count >= limit:
            return


def read_text(path):
    """Decode a scraped CSV: UTF-8 if valid, else the 8-bit code page that reads best.

    Windows-1252, Mac Roman, Latin-1 and doubly mis-decoded Mac Roman are tried; the one
    giving the most plausible characters (typographic quotes, accented letters) and the
    fewest stray symbols wins.
    """
    raw = Path(path).read_bytes()
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = None
        for enc in ("cp1252", "mac_roman", "latin-1", "mac_roman via cp1252"):
            try:
                if enc == "mac_roman via cp1252":
                    # Mac Roman text that was once read as Windows-1252 and saved as Mac Roman again
                    cand = raw.decode("mac_roman").encode("cp1252").decode("mac_roman")
                else:
                    cand = raw.decode(enc)
            except UnicodeError:
                continue
            high = [c for c in cand if ord(c) > 127]
            score = sum(1 if c in PLAUSIBLE else -1 for c in high)
            if best is None or score > best[0]:
                best = (score, cand, enc)
        _, text, enc = best
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def docx_paragraphs(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        p = re.sub(r"<w:(?:tab|br)\b[^>]*/>", " ", p)
        runs = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", p)
        paras.append(html.unescape("".join(runs)))
    return paras


# --------------------------------------------------------------------------- checks


class Report:
    def __init__(self):
        self.failures = 0
        self.lines = []

    def section(self, title):
        self.lines.append("")
        self.lines.append(f"== {title}")

    def add(self, line):
        self.lines.append(line)

    def print(self):
        print("\n".join(self.lines).lstrip("\n"))


def summarise(report, label, values, resolve, non_states, splitter=None, fail=True):
    """values: Counter of raw strings. Returns nothing; adds lines to report."""
    resolved_values = 0
    states = set()
    unresolved = Counter()
    ignored = Counter()
    for raw, count in values.items():
        if splitter is None:
            hit = resolve(raw)
            found, missing = ([hit], []) if hit else ([], [raw.strip()])
        else:
            found, missing = splitter(raw)
        states.update(found)
        for m in missing:
            if key(m) in non_states:
                ignored[m] += count
            else:
                unresolved[m] += count
        if not missing:
            resolved_values += 1
    report.add(f"{label}: {len(values)} distinct values, {len(states)} States, "
               f"{len(unresolved)} unresolved, {len(ignored)} known non-State")
    for m, c in sorted(ignored.items()):
        report.add(f"   non-State (ignored): {m!r} x{c} - {non_states[key(m)]}")
    for m, c in sorted(unresolved.items()):
        report.add(f"   UNRESOLVED: {m!r} x{c}")
    if fail:
        report.failures += len(unresolved)
    return unresolved


def check_uprinfo(data_dir, resolve, report):
    path = data_dir / "upr-info-export" / "uprinfo_sessions10-13.csv"
    report.section(f"UPR Info export ({path.name}, mac_roman)")
    if not path.exists():
        report.add(f"   MISSING FILE {path}")
        report.failures += 1
        return
    text = path.read_bytes().decode("mac_roman").replace("\r\n", "\n").replace("\r", "\n")
    rows = list(csv.DictReader(io.StringIO(text)))
    report.add(f"{len(rows)} rows")
    summarise(report, "To", Counter(r["To"] for r in rows), resolve, {})
    summarise(report, "From", Counter(r["From"] for r in rows), resolve, {})


def check_wg(data_dir, resolve, report, verbose):
    non_states = KNOWN_NON_STATES["wg-report-scrape"]
    report.section("Working Group report scrape (wg-report-scrape)")
    to_values, from_values, text_groups = Counter(), Counter(), Counter()
    for year in (2010, 2011, 2012):
        path = data_dir / "wg-report-scrape" / f"{year}data.csv"
        if not path.exists():
            report.add(f"   MISSING FILE {path}")
            report.failures += 1
            continue
        text, enc = read_text(path)
        rows = list(csv.DictReader(io.StringIO(text)))
        report.add(f"{path.name}: {len(rows)} rows, read as {enc}")
        for r in rows:
            to_values[r["to"]] += 1
            from_values[r["From"]] += 1
            for g in trailing_groups(r["text"]):
                text_groups[g] += 1
    split = lambda v: resolve_list(v, resolve)
    summarise(report, "to", to_values, resolve, non_states)
    summarise(report, "From", from_values, resolve, non_states, splitter=split)

    # Informational: States named in the parentheses that end the recommendation text.
    # This free text also holds treaty acronyms and other remarks, so it does not fail
    # the check; fragments that only resolve after undoing mis-decoding are counted.
    def split_text(v):
        found, missing = resolve_list(v, resolve)
        still = []
        for m in missing:
            hit = next((h for h in map(resolve, mojibake_repairs(m)) if h), None)
            if hit:
                found.append(hit)
            else:
                still.append(m)
        return found, still

    report.add("")
    report.add("(informational, does not fail) parentheses at the end of the recommendation text:")
    unresolved = summarise(report, "text (...)", text_groups, resolve, non_states,
                           splitter=split_text, fail=False) if verbose else None
    if not verbose:
        found_states, leftovers = set(), Counter()
        for g, c in text_groups.items():
            f, m = split_text(g)
            found_states.update(f)
            for x in m:
                leftovers[x] += c
        report.add(f"text (...): {len(text_groups)} distinct groups, {len(found_states)} States, "
                   f"{len(leftovers)} fragments that are not State names (run with --verbose to list)")


def check_docx(data_dir, resolve, report):
    non_states = KNOWN_NON_STATES["ohchr-thematic-lists"]
    folder = data_dir / "ohchr-thematic-lists"
    report.section("OHCHR thematic lists (ohchr-thematic-lists/*.docx)")
    files = sorted(folder.glob("*.docx")) if folder.exists() else []
    if not files:
        report.add(f"   MISSING FILES in {folder}")
        report.failures += 1
        return
    groups = Counter()
    for path in files:
        recs = 0
        for p in docx_paragraphs(path):
            if re.match(r"^\s*\d+\.\d+\s", p):
                recs += 1
                found = trailing_groups(p)
                if not found:
                    report.add(f"   no recommending State in: {p[:80]!r}")
                    report.failures += 1
                for g in found:
                    groups[g] += 1
        report.add(f"{path.name}: {recs} recommendations")
    summarise(report, "recommending States", groups, resolve, non_states,
              splitter=lambda v: resolve_list(v, resolve))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_data = os.environ.get("SIMORE_SHARED_DATA") or str(REPO_ROOT.parent / "shared" / "data")
    ap.add_argument("--data-dir", default=default_data)
    ap.add_argument("--json", default=str(HERE / "countries.json"))
    ap.add_argument("--verbose", action="store_true", help="also list the non-State fragments of the informational text scan")
    args = ap.parse_args(argv)

    report = Report()
    entries, errors = load_entries(args.json)
    lookup = {}
    if entries is not None:
        more, lookup = validate(entries)
        errors += more
    report.section(f"Schema ({Path(args.json).name})")
    if entries is not None and isinstance(entries, list):
        n_alias = sum(len(e.get("aliases", [])) for e in entries if isinstance(e, dict))
        n_un = sum(1 for e in entries if isinstance(e, dict) and e.get("un") is True)
        report.add(f"{len(entries)} entries, {n_un} with un=true, {n_alias} aliases, {len(lookup)} distinct lookup keys")
    for err in errors:
        report.add(f"   ERROR: {err}")
    report.failures += len(errors)

    data_dir = Path(args.data_dir)
    resolve = Resolver(lookup)
    check_uprinfo(data_dir, resolve, report)
    check_wg(data_dir, resolve, report, args.verbose)
    check_docx(data_dir, resolve, report)

    report.section("Result")
    report.add("PASS" if report.failures == 0 else f"FAIL ({report.failures} problems)")
    report.print()
    return 0 if report.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
