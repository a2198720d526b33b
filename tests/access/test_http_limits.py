"""The limits as a client meets them over the endpoint, with the CORS and API-key headers."""

import json

import pytest

from cms.accounts.models import APIKey
from tests.access.graphql_client import error_codes, post_graphql


def test_body_over_limit_is_413(client, db, settings):
    settings.GRAPHQL_LIMITS = {"MAX_BODY_BYTES": 1000}
    response = post_graphql(client, "{ viewer { name } }" + " " * 2000)
    assert response.status_code == 413
    assert error_codes(response) == ["REQUEST_TOO_LARGE"]


def test_deep_query_is_400_before_execution(client, db):
    query = "{ pages { " + "children { " * 20 + "id" + " }" * 20 + " } }"
    response = post_graphql(client, query)
    assert response.status_code == 400
    assert error_codes(response) == ["DEPTH_LIMIT_EXCEEDED"]
    assert "data" not in response.json()


def test_thousand_repeated_fields_are_400(client, db):
    response = post_graphql(client, "{ " + "viewer { name } " * 1000 + "}")
    assert response.status_code == 400
    assert error_codes(response) == ["FIELD_LIMIT_EXCEEDED"]


def test_batch_list_is_rejected(client, db):
    body = json.dumps([{"query": "{ viewer { name } }"}] * 1000)
    response = client.post("/graphql/", body, content_type="application/json")
    assert response.status_code == 400


def test_introspection_rejected_when_disabled(client, db, settings):
    settings.GRAPHQL_INTROSPECTION_ENABLED = False
    response = post_graphql(client, "{ __schema { queryType { name } } }")
    assert error_codes(response) == ["INTROSPECTION_DISABLED"]


def test_unknown_field_is_400_not_500(client, db):
    response = post_graphql(client, "{ noSuchField }")
    assert response.status_code == 400
    assert error_codes(response) == ["GRAPHQL_VALIDATION_FAILED"]


def test_wrong_argument_type_is_400(client, db):
    response = post_graphql(client, 'mutation { signIn(username: 5, password: "x") { accessToken } }')
    assert response.status_code == 400


def test_unknown_fragment_is_400(client, db):
    response = post_graphql(client, "{ viewer { ...Missing } }")
    assert response.status_code == 400


@pytest.mark.parametrize("origin", ["https://academy.example", "https://app.academy.example"])
def test_cors_allows_configured_origin(client, db, settings, origin):
    settings.CORS_ALLOWED_ORIGINS = ["https://academy.example", "https://app.academy.example"]
    response = client.options(
        "/graphql/", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}
    )
    assert response["Access-Control-Allow-Origin"] == origin


def test_cors_ignores_other_origin(client, db, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://academy.example"]
    response = client.options(
        "/graphql/", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "Access-Control-Allow-Origin" not in response


def test_cors_rejects_lookalike_origin(client, db, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://academy.example"]
    response = client.post(
        "/graphql/", "{}", content_type="application/json", headers={"Origin": "https://academy.example.evil.example"}
    )
    assert "Access-Control-Allow-Origin" not in response


def test_revoked_api_key_is_401(client, db):
    api_key = APIKey(name="Web", audience="volunteers")
    key = api_key.set_new_key()
    api_key.save()
    api_key.revoke()
    response = post_graphql(client, "{ viewer { name } }", Authorization=f"Api-Key {key}")
    assert response.status_code == 401
    assert error_codes(response) == ["INVALID_API_KEY"]


def test_api_key_reads_as_no_person(client, db):
    api_key = APIKey(name="Web", audience="volunteers")
    key = api_key.set_new_key()
    api_key.save()
    response = post_graphql(client, "{ viewer { name } }", Authorization=f"Api-Key {key}")
    assert response.status_code == 200
    assert response.json()["data"]["viewer"] is None
