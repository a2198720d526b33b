"""Pagination: totals, windows, defaults and limits checked before any query runs.

The limit checks run on the schema directly, because the HTTP view may reject
an out-of-range limit earlier with its own request limits.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from cms.accounts.roles import Role
from cms.graphql.schema import schema
from tests.access.factories import person
from tests.factories import ThemeFactory

LIST_FIELDS = ["modules", "inspirationItems", "learningEvents", "centres", "themes", "films"]


def execute_in_schema(query, variables=None, user=None):
    """Execute ``query`` on the schema directly, past the HTTP view and its own request limits."""
    request = RequestFactory().post("/graphql/")
    request.user = user or AnonymousUser()
    return schema.execute(query, variable_values=variables, context_value=request)


@pytest.mark.parametrize("field", LIST_FIELDS)
@pytest.mark.parametrize("limit", [-1, 0, 101])
def test_limit_out_of_range_is_error(db, field, limit):
    with CaptureQueriesContext(connection) as context:
        result = execute_in_schema(f"{{ {field}(limit: {limit}) {{ totalCount }} }}")
    assert result.errors[0].extensions["code"] == "INVALID_LIMIT"
    assert result.data is None
    assert len(context.captured_queries) == 0


@pytest.mark.parametrize("field", LIST_FIELDS)
def test_negative_offset_is_error(db, field):
    with CaptureQueriesContext(connection) as context:
        result = execute_in_schema(f"{{ {field}(offset: -5) {{ totalCount }} }}")
    assert result.errors[0].extensions["code"] == "INVALID_OFFSET"
    assert len(context.captured_queries) == 0


def test_negative_offset_over_http_is_error(graphql):
    result = graphql.execute("{ themes(offset: -5) { totalCount } }")
    assert result["errors"][0]["extensions"]["code"] == "INVALID_OFFSET"


def test_tree_field_limit_out_of_range_is_error(academy):
    reader = person([Role.STAFF])
    query = "query($id: ID) { page(id: $id) { children(limit: 1000) { id } } }"
    result = execute_in_schema(query, {"id": academy.home.pk}, user=reader)
    assert result.errors[0].extensions["code"] == "INVALID_LIMIT"


def test_default_window_is_20(graphql):
    for _ in range(25):
        ThemeFactory()
    data = graphql.data("{ themes { totalCount limit offset items { slug } } }")
    assert data["themes"]["totalCount"] == 25
    assert data["themes"]["limit"] == 20
    assert data["themes"]["offset"] == 0
    assert len(data["themes"]["items"]) == 20


def test_offset_returns_the_rest(graphql):
    themes = [ThemeFactory(name=f"Tema {letter}") for letter in "ABCDE"]
    data = graphql.data("{ themes(limit: 2, offset: 3) { totalCount items { name } } }")
    assert data["themes"]["totalCount"] == 5
    assert [theme["name"] for theme in data["themes"]["items"]] == [themes[3].name, themes[4].name]


def test_offset_past_end_is_empty(graphql):
    ThemeFactory()
    data = graphql.data("{ themes(offset: 10) { totalCount items { name } } }")
    assert data["themes"]["totalCount"] == 1
    assert data["themes"]["items"] == []


def test_max_limit_is_accepted(graphql):
    data = graphql.data("{ themes(limit: 100) { limit } }")
    assert data["themes"]["limit"] == 100
