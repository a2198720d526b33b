"""Danish alphabetical order on PostgreSQL (ICU da-x-icu) and SQLite (Python collation)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from cms.i18n.collation import danish_sort_key, danish_title_order
from pages.models import ModulePage, Theme
from tests.factories import ModulePageFactory, ThemeFactory

DANISH_ORDER = ["Odense", "Zealand", "Æbeltoft", "Ærø", "Ørsted", "Aalborg", "Aarhus"]

BASE_DIR = Path(__file__).resolve().parents[2]

SQLITE_SCRIPT = """
import json, sys
import django
django.setup()
from django.db import connection
from pages.models import Theme
from cms.i18n.collation import danish_title_order

with connection.schema_editor() as editor:
    editor.create_model(Theme)
names = json.loads(sys.argv[1])
for number, name in enumerate(names):
    Theme.objects.create(name=name, slug="theme-%d" % number)
print(json.dumps(list(danish_title_order(Theme.objects.all(), field="name").values_list("name", flat=True))))
"""


def test_sort_key_orders_danish_letters_after_z():
    assert sorted(["Ørsted", "Æbeltoft", "Zealand", "Åbenrå"], key=danish_sort_key) == [
        "Zealand",
        "Æbeltoft",
        "Ørsted",
        "Åbenrå",
    ]


def test_sort_key_sorts_aa_as_aa_letter():
    assert sorted(["Aarhus", "Ørsted", "Århus", "Abildgaard"], key=danish_sort_key) == [
        "Abildgaard",
        "Ørsted",
        "Århus",
        "Aarhus",
    ]


def test_sort_key_ignores_case_before_letters():
    assert sorted(["bog", "Anker", "anden", "Bager"], key=danish_sort_key) == ["anden", "Anker", "Bager", "bog"]


def test_sort_key_puts_accented_letter_after_base():
    assert sorted(["Éne", "Ene", "Ende"], key=danish_sort_key) == ["Ende", "Ene", "Éne"]


@pytest.mark.django_db
def test_sort_key_matches_postgresql_icu():
    from django.db import connection

    words = [
        "a", "A", "b", "ä", "æ", "Æ", "ö", "ø", "ü", "y", "å", "aa", "Aa", "AA", "Å",
        "é", "e", "1", " z", "-a", "ab", "a b", "Aalborg", "Århus", "Aarhus", "aase",
        "Zealand", "Ørsted", "Haarby", "Hasle",
    ]
    values = ", ".join(["(%s)"] * len(words))
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT word FROM (VALUES {values}) AS v(word) ORDER BY word COLLATE "da-x-icu"', words)
        icu_order = [row[0] for row in cursor.fetchall()]

    assert sorted(words, key=danish_sort_key) == icu_order


@pytest.mark.django_db
def test_title_order_on_postgresql(academy):
    for title in reversed(DANISH_ORDER):
        ModulePageFactory(parent=academy.modules, title=title, slug=None)

    ordered = danish_title_order(ModulePage.objects.all())

    assert list(ordered.values_list("title", flat=True)) == DANISH_ORDER


@pytest.mark.django_db
def test_title_order_descending_on_postgresql(academy):
    for title in DANISH_ORDER:
        ModulePageFactory(parent=academy.modules, title=title, slug=None)

    ordered = danish_title_order(ModulePage.objects.all(), descending=True)

    assert list(ordered.values_list("title", flat=True)) == list(reversed(DANISH_ORDER))


@pytest.mark.django_db
def test_title_order_by_other_field_on_postgresql():
    for name in reversed(DANISH_ORDER):
        ThemeFactory(name=name)

    ordered = danish_title_order(Theme.objects.all(), field="name")

    assert list(ordered.values_list("name", flat=True)) == DANISH_ORDER


def test_title_order_on_sqlite(tmp_path):
    # A separate process, because the test database is PostgreSQL and the
    # collation must be registered by the connection_created receiver.
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'collation.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", SQLITE_SCRIPT, json.dumps(list(reversed(DANISH_ORDER)))],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == DANISH_ORDER



def graphql(query):
    """Post ``query`` to /graphql/ as a staff member, who may read content for every audience."""
    from cms.accounts.roles import Role
    from tests.access.factories import person

    client = Client()
    client.force_login(person([Role.STAFF], username="sortering"))
    response = client.post("/graphql/", data=json.dumps({"query": query}), content_type="application/json")
    return response.json()["data"]


@pytest.mark.django_db
def test_graphql_modules_in_danish_order(academy):
    for title in reversed(DANISH_ORDER):
        ModulePageFactory(parent=academy.modules, title=title, slug="")

    data = graphql("{ modules(order: TITLE) { items { title } } }")

    assert [item["title"] for item in data["modules"]["items"]] == DANISH_ORDER


@pytest.mark.django_db
def test_graphql_themes_in_danish_order():
    for name in reversed(DANISH_ORDER):
        ThemeFactory(name=name)

    data = graphql("{ themes { items { name } } }")

    assert [item["name"] for item in data["themes"]["items"]] == DANISH_ORDER
