"""GraphQL error messages follow the request's Accept-Language; other URLs do not."""

import pytest
import requests

from cms.middleware import graphql_language, parse_accept_language

# A real query of the real schema with an invalid argument combination.
PAGE_QUERY = "{ page { id } }"
DANISH_REQUIRED = "Dette felt er påkrævet."
ENGLISH_REQUIRED = "This field is required."
QUERY = '{ requiredName(name: "") }'


def post_query(live_server, accept_language=None):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    return requests.post(f"{live_server.url}/graphql/", json={"query": QUERY}, headers=headers, timeout=10)


def first_error(response):
    return response.json()["errors"][0]


@pytest.mark.parametrize(
    ("header", "ranges"),
    [
        ("da-DK,da;q=0.9,en;q=0.8", ["da-dk", "da", "en"]),
        ("en;q=0.5, da", ["da", "en"]),
        ("fr, en;q=0", ["fr"]),
        ("en;q=oops", []),
        ("", []),
    ],
)
def test_parse_accept_language(header, ranges):
    assert parse_accept_language(header) == ranges


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("", "da"),
        ("en", "en"),
        ("en-GB,en;q=0.9", "en"),
        ("da-DK", "da"),
        ("fr", "da"),
        ("fr, en;q=0.5", "en"),
        ("de, *;q=0.5, en;q=0.1", "da"),
    ],
)
def test_graphql_language(header, language):
    assert graphql_language(header) == language


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_error_is_danish_by_default(live_server):
    response = post_query(live_server)

    assert first_error(response)["message"] == DANISH_REQUIRED


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_error_follows_accept_language_english(live_server):
    response = post_query(live_server, "en-GB,en;q=0.9")

    assert first_error(response)["message"] == ENGLISH_REQUIRED


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_error_code_stays_english(live_server):
    response = post_query(live_server, "da")

    assert first_error(response)["extensions"]["code"] == "INVALID_INPUT"


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_unsupported_language_falls_back_to_danish(live_server):
    response = post_query(live_server, "fr")

    assert first_error(response)["message"] == DANISH_REQUIRED


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_response_varies_on_accept_language(live_server):
    response = post_query(live_server, "en")

    assert "Accept-Language" in response.headers["Vary"]
    assert response.headers["Content-Language"] == "en"


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_admin_ignores_accept_language(live_server):
    response = requests.get(f"{live_server.url}/admin/login/", headers={"Accept-Language": "en"}, timeout=10)

    assert 'lang="da"' in response.text
    assert "Content-Language" not in response.headers


@pytest.mark.urls("tests.i18n.graphql_urls")
def test_admin_stays_danish_after_english_graphql_request(live_server):
    post_query(live_server, "en")

    response = requests.get(f"{live_server.url}/admin/login/", headers={"Accept-Language": "en"}, timeout=10)

    assert 'lang="da"' in response.text



def test_real_schema_error_is_danish(live_server):
    response = requests.post(f"{live_server.url}/graphql/", json={"query": PAGE_QUERY}, timeout=10)

    assert first_error(response)["message"] == "Angiv præcis én af id, slug og urlPath."
    assert first_error(response)["extensions"]["code"] == "INVALID_ARGUMENT"


def test_real_schema_error_in_english(live_server):
    response = requests.post(
        f"{live_server.url}/graphql/",
        json={"query": PAGE_QUERY},
        headers={"Accept-Language": "en"},
        timeout=10,
    )

    assert first_error(response)["message"] == "Give exactly one of id, slug and urlPath."
