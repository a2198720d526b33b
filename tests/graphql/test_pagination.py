"""Pagination: totals, windows, defaults and limits checked before any query runs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ThemeFactory

LIST_FIELDS = ["modules", "inspirationItems", "learningEvents", "centres", "themes", "films"]


@pytest.mark.parametrize("field", LIST_FIELDS)
@pytest.mark.parametrize(("limit", "code"), [(-1, "INVALID_LIMIT"), (0, "INVALID_LIMIT"), (101, "INVALID_LIMIT")])
def test_limit_out_of_range_is_error(graphql, field, limit, code):
    with CaptureQueriesContext(connection) as context:
        result = graphql.execute(f"{{ {field}(limit: {limit}) {{ totalCount }} }}")
    assert result["errors"][0]["extensions"]["code"] == code
    assert result["data"] is None
    assert len(context.captured_queries) == 0


@pytest.mark.parametrize("field", LIST_FIELDS)
def test_negative_offset_is_error(graphql, field):
    result = graphql.execute(f"{{ {field}(offset: -5) {{ totalCount }} }}")
    assert result["errors"][0]["extensions"]["code"] == "INVALID_OFFSET"


def test_tree_field_limit_out_of_range_is_error(academy, graphql):
    result = graphql.execute(
        "query($id: ID) { page(id: $id) { children(limit: 1000) { id } } }", {"id": academy.home.pk}
    )
    assert result["errors"][0]["extensions"]["code"] == "INVALID_LIMIT"


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
