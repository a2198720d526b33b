"""Extraction and checks of the project's Danish catalogue, ``locale/da/LC_MESSAGES/django.po``.

``makemessages`` runs on a temporary mirror of the source tree, so a check never
touches the committed catalogue. The Wagtail gap catalogue (``locale/wagtail``)
is never extracted into, because it contains Wagtail's msgids, not ours.
"""

import contextlib
import dataclasses
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings

LANGUAGE = "da"
DOMAIN = "django"

# Folders whose files hold no user-facing strings of the project. Each is matched
# against every folder name in the tree, as makemessages --ignore does.
IGNORED_FOLDERS = [
    "tests",
    "scripts",
    "docs",
    "frontend_schema",
    "var",
    "artifacts",
    "media",
    "static",
    "node_modules",
]

MAKEMESSAGES_OPTIONS = {
    "locale": [LANGUAGE],
    "domain": DOMAIN,
    "ignore_patterns": IGNORED_FOLDERS,
    # File names without line numbers, so that unrelated edits do not churn the catalogue.
    "add_location": "file",
    "no_obsolete": True,
    "verbosity": 0,
}


CATALOGUE_HEADER = (
    "Danish catalogue of Academy CMS: the project's own msgids.\n"
    "Update with `manage.py check_translations --update`, see docs/i18n.md."
)


def project_catalogue_path(base_dir=None):
    return Path(base_dir or settings.BASE_DIR) / "locale" / LANGUAGE / "LC_MESSAGES" / f"{DOMAIN}.po"


def javascript_catalogue_path(base_dir=None):
    """Return the path of the project's JavaScript catalogue, which fills gaps in Wagtail's admin scripts."""
    return project_catalogue_path(base_dir).with_name("djangojs.po")


def catalogue_paths():
    """Return the Danish .po files, server-side and JavaScript, of every ``LOCALE_PATHS`` entry."""
    paths = [
        Path(path) / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        for path in settings.LOCALE_PATHS
        for domain in (DOMAIN, "djangojs")
    ]
    return [path for path in paths if path.exists()]


def entry_label(entry):
    return f"{entry.msgctxt} | {entry.msgid}" if entry.msgctxt else entry.msgid


def entry_key(entry):
    return (entry.msgctxt, entry.msgid)


def extract_catalogue(base_dir=None):
    """Run makemessages on a mirror of the source tree and return the resulting catalogue.

    The committed catalogue is copied into the mirror first, so existing
    translations are merged as ``makemessages`` merges them in place.
    """
    base_dir = Path(base_dir or settings.BASE_DIR)
    committed = project_catalogue_path(base_dir)

    with tempfile.TemporaryDirectory(prefix="check-translations-") as mirror:
        mirror = Path(mirror)
        for child in base_dir.iterdir():
            if child.name.startswith(".") or child.name == "locale":
                continue
            (mirror / child.name).symlink_to(child)

        extracted = project_catalogue_path(mirror)
        extracted.parent.mkdir(parents=True)
        if committed.exists():
            shutil.copyfile(committed, extracted)

        with working_directory(mirror), override_settings(LOCALE_PATHS=[mirror / "locale"]):
            call_command("makemessages", symlinks=True, **MAKEMESSAGES_OPTIONS)

        return polib.pofile(str(extracted))


@contextlib.contextmanager
def working_directory(path):
    """Change the working directory for the duration of the block, because makemessages scans ``.``."""
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def compile_catalogue(po_path):
    """Compile ``po_path`` to the .mo beside it with msgfmt, checking format strings; raise on errors."""
    mo_path = Path(po_path).with_suffix(".mo")
    subprocess.run(
        ["msgfmt", "--check-format", "--output-file", str(mo_path), str(po_path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return mo_path


@dataclasses.dataclass
class CatalogueProblems:
    """Problems found in the catalogues, each a list of entry labels or messages."""

    missing: list = dataclasses.field(default_factory=list)
    stale: list = dataclasses.field(default_factory=list)
    obsolete: list = dataclasses.field(default_factory=list)
    untranslated: list = dataclasses.field(default_factory=list)
    fuzzy: list = dataclasses.field(default_factory=list)
    format_errors: list = dataclasses.field(default_factory=list)
    outdated_mo: list = dataclasses.field(default_factory=list)

    def items(self):
        return dataclasses.asdict(self).items()

    def __bool__(self):
        return any(problems for _, problems in self.items())


def compare_with_source(committed, extracted, problems):
    """Record msgids the source has but the catalogue lacks, and entries the source no longer uses."""
    committed_keys = {entry_key(entry) for entry in committed if not entry.obsolete}
    extracted_keys = {entry_key(entry) for entry in extracted if not entry.obsolete}
    problems.missing.extend(entry_label(entry) for entry in extracted if entry_key(entry) not in committed_keys)
    problems.stale.extend(
        entry_label(entry)
        for entry in committed
        if not entry.obsolete and entry_key(entry) not in extracted_keys
    )


def check_entries(catalogue, problems):
    """Record obsolete, untranslated and fuzzy entries of ``catalogue``."""
    for entry in catalogue:
        if entry.obsolete:
            problems.obsolete.append(entry_label(entry))
        elif "fuzzy" in entry.flags:
            problems.fuzzy.append(entry_label(entry))
        elif not entry.translated():
            problems.untranslated.append(entry_label(entry))


def translations_of(catalogue):
    """Return ``{(msgctxt, msgid): translation}`` for the translated entries of a .po or .mo catalogue."""
    result = {}
    for entry in catalogue:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        if entry.msgid_plural:
            value = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
            if not all(value):
                continue
        else:
            value = entry.msgstr
            if not value:
                continue
        result[entry_key(entry)] = value
    return result


def check_compiled(po_path, problems):
    """Record a format-string error in ``po_path``, or a committed .mo that differs from it."""
    completed = subprocess.run(
        ["msgfmt", "--check-format", "--output-file", os.devnull, str(po_path)],
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        problems.format_errors.append(f"{po_path}: {completed.stderr.strip()}")

    mo_path = Path(po_path).with_suffix(".mo")
    if not mo_path.exists():
        problems.outdated_mo.append(f"{mo_path} is missing")
        return
    if translations_of(polib.mofile(str(mo_path))) != translations_of(polib.pofile(str(po_path))):
        problems.outdated_mo.append(f"{mo_path} differs from {po_path.name}")


def check_catalogues(base_dir=None):
    """Check the project catalogue against the source, and every Danish catalogue against its .mo."""
    problems = CatalogueProblems()
    committed_path = project_catalogue_path(base_dir)
    extracted = extract_catalogue(base_dir)

    if committed_path.exists():
        committed = polib.pofile(str(committed_path))
        compare_with_source(committed, extracted, problems)
        check_entries(committed, problems)
    else:
        problems.missing.extend(entry_label(entry) for entry in extracted)

    # The JavaScript catalogue is written by hand, not extracted, so only its entries are checked.
    javascript_path = javascript_catalogue_path(base_dir)
    if javascript_path.exists():
        check_entries(polib.pofile(str(javascript_path)), problems)

    for po_path in catalogue_paths():
        check_compiled(po_path, problems)
    return problems


def set_catalogue_header(catalogue):
    """Replace the template header that makemessages writes into a new catalogue."""
    catalogue.header = CATALOGUE_HEADER
    catalogue.metadata.update(
        {
            "Project-Id-Version": "Academy CMS",
            "Language": LANGUAGE,
            "Language-Team": "Danish",
            "Content-Type": "text/plain; charset=UTF-8",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        }
    )
    for placeholder in ("PO-Revision-Date", "Last-Translator", "Report-Msgid-Bugs-To"):
        catalogue.metadata.pop(placeholder, None)
    catalogue.metadata_is_fuzzy = False


def update_catalogue(base_dir=None):
    """Write the freshly extracted catalogue over the project catalogue and compile it; return its path."""
    extracted = extract_catalogue(base_dir)
    set_catalogue_header(extracted)
    committed_path = project_catalogue_path(base_dir)
    committed_path.parent.mkdir(parents=True, exist_ok=True)
    extracted.save(str(committed_path))
    compile_catalogue(committed_path)
    return committed_path
