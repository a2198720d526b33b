import logging

import pytest
from django.core.cache import cache

from cms.accounts.roles import Role
from tests.access.factories import PASSWORD, person
from tests.access.graphql_client import (
    REFRESH,
    SIGN_IN,
    SIGN_OUT,
    VIEWER,
    bearer,
    error_codes,
    post_graphql,
    sign_in,
)
from tests.factories import CentrePageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def volunteer(academy):
    centre = CentrePageFactory(parent=academy.centres, title="headspace Odense")
    return person([Role.VOLUNTEER], centre=centre, username="mette", email="mette@example.dk")


def test_sign_in_with_username_returns_tokens(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    assert payload["accessToken"].startswith("hsa_")
    assert payload["refreshToken"].startswith("hsr_")
    assert payload["viewer"] == {
        "username": "mette",
        "roles": ["volunteer"],
        "centreName": "headspace Odense",
        "isSecretariat": False,
    }


def test_sign_in_with_email(client, volunteer):
    response = post_graphql(client, SIGN_IN, {"email": "Mette@Example.dk", "password": PASSWORD})
    assert response.json()["data"]["signIn"]["viewer"]["username"] == "mette"


def test_access_token_authenticates_requests(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    response = post_graphql(client, VIEWER, **bearer(payload["accessToken"]))
    assert response.json()["data"]["viewer"]["username"] == "mette"


def test_anonymous_viewer_is_null(client, volunteer):
    assert post_graphql(client, VIEWER).json()["data"]["viewer"] is None


def test_wrong_password_is_invalid_credentials(client, volunteer):
    response = post_graphql(client, SIGN_IN, {"username": "mette", "password": "forkert"})
    assert error_codes(response) == ["INVALID_CREDENTIALS"]
    assert response.json()["data"]["signIn"] is None


def test_unknown_account_gets_same_error(client, volunteer):
    known = post_graphql(client, SIGN_IN, {"username": "mette", "password": "forkert"}).json()["errors"][0]
    unknown = post_graphql(client, SIGN_IN, {"username": "nobody", "password": "forkert"}).json()["errors"][0]
    assert unknown["message"] == known["message"]
    assert unknown["extensions"] == known["extensions"]


def test_deactivated_person_cannot_sign_in(client, volunteer):
    volunteer.is_active = False
    volunteer.save()
    response = post_graphql(client, SIGN_IN, {"username": "mette", "password": PASSWORD})
    assert error_codes(response) == ["INVALID_CREDENTIALS"]


def test_account_locks_after_failures(client, volunteer, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(3):
        post_graphql(client, SIGN_IN, {"username": "mette", "password": "forkert"})
    response = post_graphql(client, SIGN_IN, {"username": "mette", "password": PASSWORD})
    assert error_codes(response) == ["SIGN_IN_LOCKED"]
    assert response.json()["errors"][0]["extensions"]["retryAfter"] > 0


def test_address_locks_after_failures(client, volunteer, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_IP = 3
    for number in range(3):
        post_graphql(client, SIGN_IN, {"username": f"guess{number}", "password": "forkert"})
    response = post_graphql(client, SIGN_IN, {"username": "mette", "password": PASSWORD})
    assert error_codes(response) == ["SIGN_IN_LOCKED"]


def test_success_clears_account_failures(client, volunteer, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(2):
        post_graphql(client, SIGN_IN, {"username": "mette", "password": "forkert"})
    sign_in(client, "mette", PASSWORD)
    for _ in range(2):
        post_graphql(client, SIGN_IN, {"username": "mette", "password": "forkert"})
    assert sign_in(client, "mette", PASSWORD)["accessToken"]


def test_invalid_bearer_token_is_401(client, volunteer):
    response = post_graphql(client, VIEWER, **bearer("hsa_not-a-token"))
    assert response.status_code == 401
    assert error_codes(response) == ["INVALID_TOKEN"]


def test_malformed_authorization_header_is_401(client, volunteer):
    response = post_graphql(client, VIEWER, Authorization="Basic bWV0dGU6a29kZQ==")
    assert response.status_code == 401
    assert error_codes(response) == ["INVALID_AUTHORIZATION_HEADER"]


def test_refresh_token_mutation_rotates_pair(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    refreshed = post_graphql(client, REFRESH, {"refreshToken": payload["refreshToken"]}).json()["data"]["refreshToken"]
    assert post_graphql(client, VIEWER, **bearer(refreshed["accessToken"])).status_code == 200
    assert post_graphql(client, VIEWER, **bearer(payload["accessToken"])).status_code == 401


def test_used_refresh_token_is_rejected(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    post_graphql(client, REFRESH, {"refreshToken": payload["refreshToken"]})
    response = post_graphql(client, REFRESH, {"refreshToken": payload["refreshToken"]})
    assert error_codes(response) == ["INVALID_REFRESH_TOKEN"]


def test_sign_out_revokes_access_token(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    response = post_graphql(client, SIGN_OUT, **bearer(payload["accessToken"]))
    assert response.json()["data"]["signOut"]["ok"] is True
    assert post_graphql(client, VIEWER, **bearer(payload["accessToken"])).status_code == 401


def test_sign_out_revokes_refresh_token(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    post_graphql(client, SIGN_OUT, {"refreshToken": payload["refreshToken"]})
    response = post_graphql(client, REFRESH, {"refreshToken": payload["refreshToken"]})
    assert error_codes(response) == ["INVALID_REFRESH_TOKEN"]


def test_deactivation_cuts_bearer_access(client, volunteer):
    payload = sign_in(client, "mette", PASSWORD)
    volunteer.is_active = False
    volunteer.save()
    assert post_graphql(client, VIEWER, **bearer(payload["accessToken"])).status_code == 401


def test_sign_in_log_contains_no_secret(client, volunteer, caplog):
    with caplog.at_level(logging.INFO, logger="cms"):
        payload = sign_in(client, "mette", PASSWORD)
        post_graphql(client, SIGN_IN, {"username": "mette", "password": "forkert-kodeord"})
    assert f"User {volunteer.pk} signed in" in caplog.text
    for secret in (PASSWORD, "forkert-kodeord", payload["accessToken"], payload["refreshToken"], "mette@example.dk"):
        assert secret not in caplog.text


def test_mutation_over_get_is_rejected(client, volunteer):
    response = client.get("/graphql/", {"query": 'mutation { signOut { ok } }'}, headers={"Accept": "application/json"})
    assert response.status_code == 405
