"""Danish coverage of Wagtail's admin strings, from Wagtail's catalogues and the gap catalogue."""

import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent
GAP_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "wagtail" / "da" / "LC_MESSAGES" / "django.po"
OVERRIDES = Path(settings.BASE_DIR) / "scripts" / "i18n" / "overrides.da.po"

CATALOGUES = {
    "core": "locale",
    "admin": "admin/locale",
    "snippets": "snippets/locale",
    "images": "images/locale",
    "documents": "documents/locale",
    "users": "users/locale",
    # Further Wagtail apps that the project installs, so their admin screens read Danish too.
    "redirects": "contrib/redirects/locale",
    "settings": "contrib/settings/locale",
    "sites": "sites/locale",
    "embeds": "embeds/locale",
    "search": "search/locale",
}
MINIMUM_SHARE = 0.95

# Python %-format, str.format fields, HTML tags and entities: each must survive translation unchanged.
PLACEHOLDER = re.compile(r"%\([A-Za-z0-9_]+\)[sdif]|%[sdif]|\{[A-Za-z0-9_]*\}|<[^>]+>|&[a-z]+;")


def english_entries(name):
    path = WAGTAIL_DIR / CATALOGUES[name] / "en" / "LC_MESSAGES" / "django.po"
    return [entry for entry in polib.pofile(str(path)) if entry.msgid and not entry.obsolete]


def catalogue_key(entry):
    """Return the key under which Django's merged catalogue stores the entry's (first) translation."""
    msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    return (msgid, 0) if entry.msgid_plural else msgid


def has_danish(entry):
    """Ask Django, with Danish active, whether the entry has a Danish translation."""
    if entry.msgid_plural:
        if entry.msgctxt:
            singular = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
            plural = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 2)
        else:
            singular = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
            plural = translation.ngettext(entry.msgid, entry.msgid_plural, 2)
        changed = singular != entry.msgid or plural != entry.msgid_plural
    elif entry.msgctxt:
        changed = translation.pgettext(entry.msgctxt, entry.msgid) != entry.msgid
    else:
        changed = translation.gettext(entry.msgid) != entry.msgid
    if changed:
        return True
    # A Danish text can equal the English one ("Status", "URL"). Only then look the key up in
    # the merged catalogue, which is Django-internal (DjangoTranslation._catalog in Django 5.2).
    return catalogue_key(entry) in trans_real.translation("da")._catalog


def coverage(name):
    entries = english_entries(name)
    with translation.override("da"):
        translated = sum(1 for entry in entries if has_danish(entry))
    return translated, len(entries)


def gap_entries():
    return [entry for entry in polib.pofile(str(GAP_CATALOGUE)) if entry.msgid]


def entry_label(entry):
    return f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid


@pytest.mark.parametrize("name", CATALOGUES)
def test_wagtail_catalogue_danish_coverage(name):
    translated, total = coverage(name)

    assert translated / total >= MINIMUM_SHARE, (
        f"Wagtail {name} catalogue: {translated} of {total} msgids have Danish "
        f"({translated / total:.1%}); at least {MINIMUM_SHARE:.0%} expected"
    )


def test_wagtail_catalogues_overall_danish_coverage():
    counts = {name: coverage(name) for name in CATALOGUES}
    translated = sum(done for done, _ in counts.values())
    total = sum(size for _, size in counts.values())
    detail = ", ".join(f"{name} {done}/{size}" for name, (done, size) in counts.items())

    assert translated / total >= MINIMUM_SHARE, (
        f"{translated} of {total} Wagtail msgids have Danish ({translated / total:.1%}): {detail}"
    )


def test_gap_catalogue_declares_danish_plurals():
    metadata = polib.pofile(str(GAP_CATALOGUE)).metadata

    assert metadata["Language"] == "da"
    assert metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_gap_catalogue_has_no_fuzzy_entries():
    fuzzy = [entry_label(entry) for entry in gap_entries() if "fuzzy" in entry.flags]

    assert fuzzy == []


def test_gap_catalogue_has_no_empty_translations():
    empty = []
    for entry in gap_entries():
        forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if not all(form.strip() for form in forms):
            empty.append(entry_label(entry))

    assert empty == []


def test_gap_catalogue_keeps_placeholders():
    mismatches = []
    for entry in gap_entries():
        if entry.msgid_plural:
            pairs = [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for english, danish in pairs:
            if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(danish)):
                mismatches.append(f"{english!r} -> {danish!r}")

    assert mismatches == []


def test_gap_catalogue_keeps_trailing_space_and_colon():
    mismatches = []
    for entry in gap_entries():
        danish = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
        for ending in (" ", ":"):
            if entry.msgid.endswith(ending) != danish.endswith(ending):
                mismatches.append(f"{entry.msgid!r} -> {danish!r}")

    assert mismatches == []


def test_gap_catalogue_repeats_wagtail_only_as_overrides():
    """An entry Wagtail already translates stays out, so that Wagtail's own fixes show, unless overridden on purpose."""
    wagtail_translated = set()
    for folder in CATALOGUES.values():
        path = WAGTAIL_DIR / folder / "da" / "LC_MESSAGES" / "django.po"
        if not path.exists():  # wagtail.search ships no Danish catalogue in 8.0.1
            continue
        for entry in polib.pofile(str(path)):
            if entry.translated() and not entry.obsolete:
                wagtail_translated.add((entry.msgctxt, entry.msgid))
    overridden = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(OVERRIDES))} if OVERRIDES.exists() else set()

    repeated = [
        entry_label(entry)
        for entry in gap_entries()
        if (entry.msgctxt, entry.msgid) in wagtail_translated - overridden
    ]

    assert repeated == []


@pytest.mark.parametrize(
    ("english", "danish"),
    [
        ("Save draft", "Gem udkast"),
        ("Dashboard", "Kontrolpanel"),
        ("Submit for moderation", "Send til moderering"),
        ("Show in Explorer", "Vis i sideoversigten"),
    ],
)
def test_gap_catalogue_overrides_wagtail_terms(english, danish):
    """The gap catalogue is on LOCALE_PATHS, so its overrides win over Wagtail's own Danish."""
    with translation.override("da"):
        assert translation.gettext(english) == danish


@pytest.mark.django_db
def test_admin_dashboard_reads_danish(admin_client):
    response = admin_client.get("/admin/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Kontrolpanel" in page
    assert "Sider" in page
    assert "Rapporter" in page
    assert "Billeder" in page
    assert "Dokumenter" in page
