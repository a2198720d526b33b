"""Merge the translated work chunks into the Danish gap catalogue and compile it.

Usage, from the repository root::

    .venv/bin/python scripts/i18n/merge_translations.py

Reads ``scripts/i18n/work/missing.tsv`` (written by ``extract_missing.py``) and every
``scripts/i18n/work/da/*.tsv`` chunk. A chunk line is ``id<TAB>msgstr`` or, for a
plural entry, ``id<TAB>msgstr[0]<TAB>msgstr[1]``, in PO escaping (``\\"``, ``\\n``).
The result keeps the gap catalogue's earlier entries, adds the chunks' entries, drops
entries that Wagtail itself now translates (so Wagtail's own fixes show) unless
``scripts/i18n/overrides.da.po`` overrides them on purpose, and is compiled to .mo.
"""

import re
import subprocess
import sys
from datetime import datetime, timezone

import polib

from wagtail_catalogues import (
    CATALOGUES,
    CHUNK_DIR,
    GAP_CATALOGUE,
    MISSING_FILE,
    OVERRIDES,
    catalogue_path,
    entry_key,
    wagtail_translated_keys,
)

PLACEHOLDER = re.compile(r"%\([A-Za-z0-9_]+\)[sdif]|%[sdif]|\{[A-Za-z0-9_]*\}|<[^>]+>|&[a-z]+;")

HEADER = {
    "Project-Id-Version": "Academy CMS Wagtail gap catalogue",
    "Last-Translator": "Academy CMS developers",
    "Language-Team": "Danish",
    "Language": "da",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def english_keys():
    return {entry_key(entry) for name in CATALOGUES for entry in polib.pofile(str(catalogue_path(name, "en")))}


def entry_texts(catalogue):
    return [str(entry) for entry in catalogue]


def read_missing():
    missing = {}
    for line in MISSING_FILE.read_text(encoding="utf-8").splitlines():
        number, catalogues, msgctxt, msgid, msgid_plural = line.split("\t")
        missing[number] = {
            "catalogues": catalogues,
            "msgctxt": polib.unescape(msgctxt),
            "msgid": polib.unescape(msgid),
            "msgid_plural": polib.unescape(msgid_plural),
        }
    return missing


def read_chunks(missing):
    """Return new catalogue entries from the chunk files, and the problems found in them."""
    entries, problems = [], []
    for chunk in sorted(CHUNK_DIR.glob("*.tsv")):
        for line_number, line in enumerate(chunk.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{chunk.name}:{line_number}"
            number, *translations = line.split("\t")
            source = missing.get(number)
            if source is None:
                problems.append(f"{where}: id {number} is not in {MISSING_FILE.name}")
                continue
            translations = [polib.unescape(text) for text in translations]
            expected_forms = 2 if source["msgid_plural"] else 1
            if len(translations) != expected_forms or not all(translations):
                problems.append(f"{where}: id {number} needs {expected_forms} non-empty translation(s)")
                continue
            # Danish and English share the plural rule, so msgstr[0] matches msgid, msgstr[1] msgid_plural.
            english = [source["msgid"], source["msgid_plural"]]
            for index, text in enumerate(translations):
                if placeholders(text) != placeholders(english[index]):
                    problems.append(f"{where}: id {number} placeholders differ: {english[index]!r} -> {text!r}")
            entry = polib.POEntry(
                msgctxt=source["msgctxt"] or None,
                msgid=source["msgid"],
                comment=f"wagtail: {source['catalogues']}",
            )
            if source["msgid_plural"]:
                entry.msgid_plural = source["msgid_plural"]
                entry.msgstr_plural = {0: translations[0], 1: translations[1]}
            else:
                entry.msgstr = translations[0]
            entries.append(entry)
    return entries, problems


def main():
    missing = read_missing()
    new_entries, problems = read_chunks(missing)
    if problems:
        sys.exit("Not merged:\n" + "\n".join(problems))

    merged = {}
    if GAP_CATALOGUE.exists():
        merged.update((entry_key(e), e) for e in polib.pofile(str(GAP_CATALOGUE)))
    merged.update((entry_key(e), e) for e in new_entries)

    wagtail_keys = wagtail_translated_keys()
    override_keys = set()
    if OVERRIDES.exists():
        overrides = list(polib.pofile(str(OVERRIDES)))
        stale = [entry.msgid for entry in overrides if entry_key(entry) not in english_keys()]
        if stale:
            sys.exit(f"{OVERRIDES.name} overrides msgids that Wagtail no longer has, remove them: {stale}")
        override_keys = {entry_key(e) for e in overrides}
        merged.update((entry_key(e), e) for e in overrides)
    dropped = [key for key in merged if key in wagtail_keys and key not in override_keys]
    for key in dropped:
        del merged[key]

    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = dict(HEADER)
    catalogue.header = (
        "Danish for the Wagtail admin strings that Wagtail's own Danish catalogues leave\n"
        "untranslated. Generated by scripts/i18n/merge_translations.py; see docs/i18n-wagtail.md."
    )
    for key in sorted(merged, key=lambda key: (key[1].lower(), key[0])):
        catalogue.append(merged[key])
    # Bump the revision date only when an entry changed, so that a re-run leaves no diff.
    previous = polib.pofile(str(GAP_CATALOGUE)) if GAP_CATALOGUE.exists() else None
    if previous is not None and entry_texts(previous) == entry_texts(catalogue):
        catalogue.metadata["PO-Revision-Date"] = previous.metadata.get("PO-Revision-Date", "")
    else:
        catalogue.metadata["PO-Revision-Date"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000")
    GAP_CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(GAP_CATALOGUE))

    subprocess.run(["msgfmt", "--check", "--statistics", "-o", str(GAP_CATALOGUE.with_suffix(".mo")), str(GAP_CATALOGUE)], check=True)
    print(f"{len(merged)} entries in {GAP_CATALOGUE} ({len(new_entries)} from chunks, {len(dropped)} dropped because Wagtail translates them)")


if __name__ == "__main__":
    main()
