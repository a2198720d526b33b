"""Write the Wagtail msgids that lack Danish into a work file for translation.

Usage, from the repository root::

    .venv/bin/python scripts/i18n/extract_missing.py

An entry is missing when neither Wagtail's Danish catalogues nor the gap catalogue
(``locale/wagtail/da``) translate it; fuzzy entries count as missing. The work file
``scripts/i18n/work/missing.tsv`` has one line per entry, with tab-separated fields in
PO escaping: id, catalogues, msgctxt, msgid, msgid_plural. Translations go into
``scripts/i18n/work/da/*.tsv`` (see ``merge_translations.py``).
"""

import sys

import polib

from wagtail_catalogues import (
    CATALOGUES,
    CHUNK_DIR,
    GAP_CATALOGUE,
    MISSING_FILE,
    catalogue_path,
    entry_key,
    is_translated,
    wagtail_translated_keys,
)


def main():
    translated = wagtail_translated_keys()
    if GAP_CATALOGUE.exists():
        translated.update(entry_key(e) for e in polib.pofile(str(GAP_CATALOGUE)) if is_translated(e))

    missing = {}
    for name in CATALOGUES:
        for entry in polib.pofile(str(catalogue_path(name, "en"))):
            key = entry_key(entry)
            if entry.obsolete or not entry.msgid or key in translated:
                continue
            if key in missing:
                missing[key]["catalogues"].append(name)
            else:
                missing[key] = {"entry": entry, "catalogues": [name]}

    if CHUNK_DIR.exists() and any(CHUNK_DIR.glob("*.tsv")):
        sys.exit(f"{CHUNK_DIR} still holds translations for the old work file: merge them and delete them first.")

    MISSING_FILE.parent.mkdir(parents=True, exist_ok=True)
    characters = 0
    with MISSING_FILE.open("w", encoding="utf-8") as out:
        for number, item in enumerate(missing.values(), start=1):
            entry = item["entry"]
            characters += len(entry.msgid) + len(entry.msgid_plural or "")
            fields = [
                str(number),
                ",".join(item["catalogues"]),
                polib.escape(entry.msgctxt or ""),
                polib.escape(entry.msgid),
                polib.escape(entry.msgid_plural or ""),
            ]
            out.write("\t".join(fields) + "\n")
    print(f"{len(missing)} missing entries ({characters} characters of English) written to {MISSING_FILE}")


if __name__ == "__main__":
    main()
