"""Ids beyond the database's integer range find nothing instead of failing.

On SQLite such an id made the driver raise OverflowError (an INTERNAL_ERROR);
the suite also runs these on PostgreSQL, whose bigint has the same range.
"""

import logging

import pytest

from cms.graphql.ids import MAX_ID, to_database_id
from tests.factories import ModulePageFactory

HUGE_ID = "99999999999999999999999"
# Fits PostgreSQL's bigint, but not the integer primary key of pages.
BIGINT_ID = str(MAX_ID)


@pytest.mark.parametrize("field", ["module", "inspirationItem", "learningEvent", "centre", "contribution", "page", "film"])
@pytest.mark.parametrize("id", [HUGE_ID, BIGINT_ID, "-" + HUGE_ID])
def test_lookup_of_large_id_is_null(academy, graphql, field, id):
    result = graphql.execute(f'{{ {field}(id: "{id}") {{ id }} }}')
    assert "errors" not in result, result["errors"]
    assert result["data"][field] is None


@pytest.mark.parametrize("field", ["inspirationItems", "learningEvents", "contributions"])
def test_list_filter_by_huge_centre_is_invalid(academy, graphql, field):
    result = graphql.execute(f'{{ {field}(centre: "{HUGE_ID}") {{ totalCount }} }}')
    assert result["data"] is None
    assert result["errors"][0]["extensions"]["code"] == "INVALID_ARGUMENT"
    assert "centre" in result["errors"][0]["message"]


@pytest.mark.parametrize("field", ["inspirationItems", "learningEvents", "contributions"])
def test_list_filter_by_bigint_centre_is_empty(academy, graphql, field):
    result = graphql.execute(f'{{ {field}(centre: "{BIGINT_ID}") {{ totalCount }} }}')
    assert "errors" not in result, result["errors"]
    assert result["data"][field]["totalCount"] == 0


def test_large_id_logs_no_error(academy, graphql, caplog):
    ModulePageFactory(parent=academy.modules)
    with caplog.at_level(logging.ERROR):
        graphql.execute(f'{{ module(id: "{HUGE_ID}") {{ id }} }}')
    assert [record for record in caplog.records if record.levelno >= logging.ERROR] == []


@pytest.mark.parametrize(
    "value, expected",
    [("42", 42), (str(MAX_ID), MAX_ID), (str(MAX_ID + 1), None), (HUGE_ID, None), ("-" + HUGE_ID, None), ("abc", None), (None, None)],
)
def test_to_database_id(value, expected):
    assert to_database_id(value) == expected
