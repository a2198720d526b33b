"""The catalogue check on a small project of its own, and on the real project catalogue."""

import textwrap

import polib
import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from cms.i18n.catalogue import check_catalogues, compile_catalogue, project_catalogue_path, update_catalogue

SOURCE = """
from django.utils.translation import gettext_lazy as _

GREETING = _("Welcome to the academy")
FAREWELL = _("Goodbye, %(name)s")
"""
TRANSLATIONS = {
    "Welcome to the academy": "Velkommen til akademiet",
    "Goodbye, %(name)s": "Farvel, %(name)s",
}


@pytest.fixture
def project(tmp_path):
    """Return a small project with two msgids, a complete Danish catalogue and its .mo."""
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "strings.py").write_text(textwrap.dedent(SOURCE))
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        path = update_catalogue(tmp_path)
        translate(path, TRANSLATIONS)
        yield tmp_path


def translate(path, translations):
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        entry.msgstr = translations.get(entry.msgid, entry.msgstr)
    catalogue.save()
    compile_catalogue(path)


def edit_entry(project, msgid, **changes):
    path = project_catalogue_path(project)
    catalogue = polib.pofile(str(path))
    entry = catalogue.find(msgid)
    for name, value in changes.items():
        setattr(entry, name, value)
    catalogue.save()
    compile_catalogue(path)


def test_complete_catalogue_passes(project):
    assert not check_catalogues(project)


def test_update_adds_msgids_empty(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "strings.py").write_text(textwrap.dedent(SOURCE))

    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        path = update_catalogue(tmp_path)

    catalogue = polib.pofile(str(path))
    assert sorted(entry.msgid for entry in catalogue) == sorted(TRANSLATIONS)
    assert catalogue.metadata["Language"] == "da"
    assert path.with_suffix(".mo").exists()


def test_new_msgid_is_missing(project):
    (project / "app" / "more.py").write_text('from django.utils.translation import gettext as _\n_("New text")\n')

    problems = check_catalogues(project)

    assert problems.missing == ["New text"]


def test_removed_msgid_is_stale(project):
    (project / "app" / "strings.py").write_text('from django.utils.translation import gettext as _\n_("Welcome to the academy")\n')

    problems = check_catalogues(project)

    assert problems.stale == ["Goodbye, %(name)s"]


def test_empty_translation_is_untranslated(project):
    edit_entry(project, "Welcome to the academy", msgstr="")

    problems = check_catalogues(project)

    assert problems.untranslated == ["Welcome to the academy"]


def test_fuzzy_entry_is_reported(project):
    edit_entry(project, "Welcome to the academy", flags=["fuzzy"])

    problems = check_catalogues(project)

    assert problems.fuzzy == ["Welcome to the academy"]


def test_obsolete_entry_is_reported(project):
    path = project_catalogue_path(project)
    catalogue = polib.pofile(str(path))
    catalogue.append(polib.POEntry(msgid="Old text", msgstr="Gammel tekst", obsolete=True))
    catalogue.save()

    problems = check_catalogues(project)

    assert problems.obsolete == ["Old text"]


def test_lost_placeholder_is_format_error(project):
    path = project_catalogue_path(project)
    catalogue = polib.pofile(str(path))
    catalogue.find("Goodbye, %(name)s").msgstr = "Farvel"
    catalogue.save()

    problems = check_catalogues(project)

    assert len(problems.format_errors) == 1
    assert str(path) in problems.format_errors[0]


def test_stale_mo_is_reported(project):
    path = project_catalogue_path(project)
    catalogue = polib.pofile(str(path))
    catalogue.find("Welcome to the academy").msgstr = "Velkommen"
    catalogue.save()

    problems = check_catalogues(project)

    assert problems.outdated_mo == [f"{path.with_suffix('.mo')} differs from django.po"]


def test_check_leaves_catalogue_untouched(project):
    (project / "app" / "more.py").write_text('from django.utils.translation import gettext as _\n_("New text")\n')
    path = project_catalogue_path(project)
    before = path.read_bytes()

    check_catalogues(project)

    assert path.read_bytes() == before


def test_command_fails_on_problems(project, settings):
    settings.BASE_DIR = project
    edit_entry(project, "Welcome to the academy", msgstr="")

    with pytest.raises(CommandError, match="1 problems in the Danish catalogues"):
        call_command("check_translations")


def test_project_catalogues_complete():
    """The committed catalogues: every msgid translated and compiled (what CI checks)."""
    call_command("check_translations")
