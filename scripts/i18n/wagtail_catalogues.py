"""Locations of the Wagtail catalogues that the Danish gap catalogue fills.

Shared by ``extract_missing.py`` and ``merge_translations.py``. Run those scripts from
the repository root with the project's virtualenv Python.
"""

from pathlib import Path

import polib
import wagtail

WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent
REPO_DIR = Path(__file__).resolve().parent.parent.parent

# Name -> locale folder inside the Wagtail package, in the order the work file lists them.
CATALOGUES = {
    "admin": "admin/locale",
    "core": "locale",
    "images": "images/locale",
    "users": "users/locale",
    "documents": "documents/locale",
    "snippets": "snippets/locale",
    # Further Wagtail apps that cms/settings/base.py installs, so their admin screens read Danish too.
    "redirects": "contrib/redirects/locale",
    "settings": "contrib/settings/locale",
    "sites": "sites/locale",
    "embeds": "embeds/locale",
    "search": "search/locale",
}

GAP_CATALOGUE = REPO_DIR / "locale" / "wagtail" / "da" / "LC_MESSAGES" / "django.po"
OVERRIDES = REPO_DIR / "scripts" / "i18n" / "overrides.da.po"
WORK_DIR = REPO_DIR / "scripts" / "i18n" / "work"
MISSING_FILE = WORK_DIR / "missing.tsv"
CHUNK_DIR = WORK_DIR / "da"


def catalogue_path(name, language):
    return WAGTAIL_DIR / CATALOGUES[name] / language / "LC_MESSAGES" / "django.po"


def entry_key(entry):
    """Return the gettext lookup key of a catalogue entry: its context and msgid."""
    return (entry.msgctxt or "", entry.msgid)


def is_translated(entry):
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def wagtail_translated_keys(language="da"):
    """Return the keys that any of the Wagtail catalogues translates into ``language``.

    Django merges every installed app's catalogue into one, so a msgid translated in
    one Wagtail app's catalogue also shows translated in the others.
    """
    keys = set()
    for name in CATALOGUES:
        path = catalogue_path(name, language)
        if path.exists():
            keys.update(entry_key(entry) for entry in polib.pofile(str(path)) if is_translated(entry))
    return keys
