"""The abuse limits, checked on parsed documents before graphql-core's own validation."""

import pytest
from graphene_django.settings import graphene_settings

from cms.graphql.auth import check_limits
from cms.graphql.limits import LimitCode


@pytest.fixture
def schema():
    return graphene_settings.SCHEMA.graphql_schema


def codes(errors):
    return [error.extensions["code"] for error in errors]


def nested(depth):
    return "{ " + "a { " * (depth - 1) + "b" + " }" * depth


def test_depth_over_limit_is_rejected(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_DEPTH": 5}
    assert codes(check_limits(schema, nested(6), None)) == [LimitCode.DEPTH_LIMIT_EXCEEDED]


def test_depth_at_limit_passes(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_DEPTH": 5}
    assert check_limits(schema, nested(5), None) == []


def test_depth_counts_through_fragments(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_DEPTH": 3}
    query = "query { a { ...Deep } } fragment Deep on T { b { c { d } } }"
    assert codes(check_limits(schema, query, None)) == [LimitCode.DEPTH_LIMIT_EXCEEDED]


def test_tree_field_nesting_is_stopped(schema):
    query = "{ pages { " + "children { " * 12 + "id" + " }" * 12 + " } }"
    assert LimitCode.DEPTH_LIMIT_EXCEEDED in codes(check_limits(schema, query, None))


def test_thousand_aliases_are_rejected(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_TOKENS": 100_000}
    query = "{ " + " ".join(f"a{number}: pages {{ id }}" for number in range(1000)) + " }"
    assert LimitCode.ALIAS_LIMIT_EXCEEDED in codes(check_limits(schema, query, None))


def test_thousand_repeated_fields_are_rejected(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_TOKENS": 100_000}
    query = "{ " + "pages { id } " * 1000 + "}"
    assert codes(check_limits(schema, query, None)) == [LimitCode.FIELD_LIMIT_EXCEEDED]


def test_fields_count_each_fragment_use(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_FIELDS": 50}
    fragment = "fragment Many on T { " + " ".join(f"f{number}" for number in range(10)) + " }"
    query = "{ " + " ".join(f"x{number}: a {{ ...Many }}" for number in range(5)) + " } " + fragment
    assert LimitCode.FIELD_LIMIT_EXCEEDED in codes(check_limits(schema, query, None))


def test_fragment_cycle_does_not_hang(schema):
    query = "{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { c { ...A } }"
    assert check_limits(schema, query, None) == []


def test_literal_page_size_over_limit_is_rejected(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_PAGE_SIZE": 100}
    assert codes(check_limits(schema, "{ modules(limit: 101) { id } }", None)) == [LimitCode.INVALID_LIMIT]


def test_variable_page_size_over_limit_is_rejected(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_PAGE_SIZE": 100}
    query = "query Modules($size: Int) { modules(perPage: $size) { id } }"
    assert codes(check_limits(schema, query, {"size": 500})) == [LimitCode.INVALID_LIMIT]


def test_zero_page_size_is_left_to_list_field(schema):
    assert check_limits(schema, "{ modules(limit: 0) { id } }", None) == []


def test_page_size_within_limit_passes(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_PAGE_SIZE": 100}
    assert check_limits(schema, "{ modules(limit: 100) { id } }", None) == []


def test_introspection_is_rejected_when_disabled(schema, settings):
    settings.GRAPHQL_INTROSPECTION_ENABLED = False
    assert codes(check_limits(schema, "{ __schema { types { name } } }", None)) == [LimitCode.INTROSPECTION_DISABLED]


def test_type_introspection_is_rejected_when_disabled(schema, settings):
    settings.GRAPHQL_INTROSPECTION_ENABLED = False
    assert codes(check_limits(schema, '{ __type(name: "Query") { name } }', None)) == [LimitCode.INTROSPECTION_DISABLED]


def test_typename_is_allowed_when_introspection_disabled(schema, settings):
    settings.GRAPHQL_INTROSPECTION_ENABLED = False
    assert check_limits(schema, "{ pages { __typename } }", None) == []


def test_introspection_is_allowed_when_enabled(schema, settings):
    settings.GRAPHQL_INTROSPECTION_ENABLED = True
    assert check_limits(schema, "{ __schema { types { name } } }", None) == []


def test_introspection_follows_graphiql_by_default(settings):
    from cms.graphql.limits import introspection_enabled

    settings.GRAPHIQL_ENABLED = False
    assert not introspection_enabled()


def test_token_flood_is_rejected(schema, settings):
    settings.GRAPHQL_LIMITS = {"MAX_TOKENS": 100}
    assert codes(check_limits(schema, "{ " + "a " * 200 + "}", None)) == [LimitCode.TOKEN_LIMIT_EXCEEDED]


def test_thousand_aliases_stop_at_token_limit(schema):
    query = "{ " + " ".join(f"a{number}: pages {{ id }}" for number in range(1000)) + " }"
    assert codes(check_limits(schema, query, None)) == [LimitCode.TOKEN_LIMIT_EXCEEDED]


def test_syntax_error_is_returned_as_error(schema):
    errors = check_limits(schema, "{ pages { id ", None)
    assert len(errors) == 1
    assert "Syntax Error" in errors[0].message


def test_size_rule_works_inside_validate(schema, settings):
    from graphql import parse, validate

    from cms.graphql.limits import QuerySizeRule

    settings.GRAPHQL_LIMITS = {"MAX_DEPTH": 5}
    errors = validate(schema, parse(nested(6)), [QuerySizeRule])
    assert codes(errors) == [LimitCode.DEPTH_LIMIT_EXCEEDED]


def test_deep_nesting_beyond_parser_is_depth_error(schema):
    query = "{ pages { " + "children { " * 1000 + "id" + " }" * 1000 + " } }"
    assert codes(check_limits(schema, query, None)) == [LimitCode.DEPTH_LIMIT_EXCEEDED]
