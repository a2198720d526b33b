"""The committed schema file matches the code, and the documented example operations are valid against it."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from graphql import build_schema, parse, validate

from cms.management.commands.export_graphql_schema import render_schema

FRONTEND_SCHEMA = Path(settings.BASE_DIR) / "frontend_schema"
OPERATION_FILES = sorted((FRONTEND_SCHEMA / "operations").glob("*.graphql"))


def test_committed_schema_matches_code():
    assert (FRONTEND_SCHEMA / "schema.graphql").read_text(encoding="utf-8") == render_schema()


def test_check_fails_on_a_stale_file(tmp_path, capsys):
    stale = tmp_path / "schema.graphql"
    stale.write_text("type Query { old: String }\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("export_graphql_schema", "--check", "--path", str(stale))
    assert "+type Query" in capsys.readouterr().out


def test_export_writes_the_schema(tmp_path):
    target = tmp_path / "schema.graphql"
    call_command("export_graphql_schema", "--path", str(target))
    assert target.read_text(encoding="utf-8") == render_schema()


def test_example_operations_exist():
    names = {path.name for path in OPERATION_FILES}
    assert {"web_module_page.graphql", "web_inspiration_list.graphql"} <= names
    assert {"app_module_list.graphql", "app_upcoming_events.graphql"} <= names


@pytest.mark.parametrize("path", OPERATION_FILES, ids=lambda path: path.name)
def test_example_operation_is_valid(path):
    schema = build_schema((FRONTEND_SCHEMA / "schema.graphql").read_text(encoding="utf-8"))
    errors = validate(schema, parse(path.read_text(encoding="utf-8")))
    assert errors == []


@pytest.mark.parametrize("path", OPERATION_FILES, ids=lambda path: path.name)
def test_example_operation_runs(academy, graphql, path):
    from tests.factories import ModulePageFactory

    module = ModulePageFactory(parent=academy.modules, slug="tavshedspligt")
    variables = {"urlPath": module.url_path.removeprefix(academy.home.url_path[:-1]), "audience": "VOLUNTEERS"}
    result = graphql.execute(path.read_text(encoding="utf-8"), variables)
    assert "errors" not in result
