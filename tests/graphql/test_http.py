"""Malformed requests get HTTP 400 with a JSON error code, never a 500."""

import pytest
from django.test import Client

GRAPHQL_URL = "/graphql/"


@pytest.fixture
def client(db):
    return Client()


def error_code(response):
    return response.json()["errors"][0]["extensions"]["code"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("{not json", "INVALID_JSON"),
        ("   ", "INVALID_JSON"),
        ("[1, 2]", "INVALID_REQUEST"),
        ('"query"', "INVALID_REQUEST"),
        ("{}", "MISSING_QUERY"),
        ('{"query": ""}', "MISSING_QUERY"),
        ('{"query": 42}', "MISSING_QUERY"),
        ('{"query": "{ themes { totalCount } }", "variables": [1]}', "INVALID_REQUEST"),
        ('{"query": "{ themes { totalCount } }", "operationName": 3}', "INVALID_REQUEST"),
        ('{"query": "{ themes { totalCount } }", "variables": "{oops"}', "INVALID_REQUEST"),
        ('{"query": "{ themes { "}', "GRAPHQL_PARSE_FAILED"),
        ('{"query": "{ noSuchField }"}', "GRAPHQL_VALIDATION_FAILED"),
    ],
)
def test_malformed_json_body_is_400(client, body, code):
    response = client.post(GRAPHQL_URL, data=body, content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert error_code(response) == code


def test_body_not_utf8_is_400(client):
    response = client.post(GRAPHQL_URL, data=b"\xff\xfe{", content_type="application/json")
    assert response.status_code == 400
    assert error_code(response) == "INVALID_JSON"


def test_form_body_is_400(client):
    response = client.post(GRAPHQL_URL, data={"query": "{ themes { totalCount } }"})
    assert response.status_code == 400
    assert error_code(response) == "UNSUPPORTED_CONTENT_TYPE"


def test_plain_text_body_is_400(client):
    response = client.post(GRAPHQL_URL, data="{ themes { totalCount } }", content_type="text/plain")
    assert response.status_code == 400
    assert error_code(response) == "UNSUPPORTED_CONTENT_TYPE"


def test_get_without_query_is_400(client):
    response = client.get(GRAPHQL_URL, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert error_code(response) == "MISSING_QUERY"


def test_put_is_405(client):
    response = client.put(GRAPHQL_URL, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert error_code(response) == "METHOD_NOT_ALLOWED"


def test_graphql_content_type_is_accepted(client):
    response = client.post(GRAPHQL_URL, data="{ themes { totalCount } }", content_type="application/graphql")
    assert response.status_code == 200
    assert response.json()["data"]["themes"]["totalCount"] == 0


def test_error_messages_are_danish_by_default(client):
    response = client.post(GRAPHQL_URL, data="{not json", content_type="application/json")
    assert response.json()["errors"][0]["message"]


def test_variable_of_wrong_type_is_400(client):
    body = '{"query": "query($limit: Int) { themes(limit: $limit) { totalCount } }", "variables": {"limit": "abc"}}'
    response = client.post(GRAPHQL_URL, data=body, content_type="application/json")
    assert response.status_code == 400
    assert error_code(response) == "GRAPHQL_VALIDATION_FAILED"


def test_browser_get_gets_no_graphiql(client, settings):
    response = client.get(GRAPHQL_URL, HTTP_ACCEPT="text/html")
    assert settings.GRAPHIQL_ENABLED is False
    assert response["Content-Type"] == "application/json"
