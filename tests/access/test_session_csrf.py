import pytest
from django.core.cache import cache
from django.test import Client

from cms.accounts.roles import Role
from tests.access.factories import PASSWORD, person
from tests.access.graphql_client import SIGN_IN, VIEWER, bearer, error_codes, post_graphql, sign_in


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def volunteer(db):
    return person([Role.VOLUNTEER], username="mette")


@pytest.fixture
def browser():
    """A client that enforces CSRF checks, as a browser's requests are checked."""
    return Client(enforce_csrf_checks=True)


def csrf_token(browser):
    return browser.get("/graphql/csrf/").json()["csrfToken"]


def session_sign_in(browser):
    token = csrf_token(browser)
    response = post_graphql(
        browser, SIGN_IN, {"username": "mette", "password": PASSWORD, "useSession": True}, **{"X-CSRFToken": token}
    )
    return response, token


def test_csrf_endpoint_sets_cookie(browser):
    response = browser.get("/graphql/csrf/")
    assert response.json()["csrfToken"]
    assert "csrftoken" in response.cookies


def test_session_sign_in_sets_session_cookie(browser, volunteer):
    response, _token = session_sign_in(browser)
    assert response.json()["data"]["signIn"]["accessToken"] is None
    assert "sessionid" in response.cookies


def test_session_sign_in_needs_csrf_token(browser, volunteer):
    browser.get("/graphql/csrf/")
    response = post_graphql(browser, SIGN_IN, {"username": "mette", "password": PASSWORD, "useSession": True})
    assert error_codes(response) == ["CSRF_FAILED"]


def test_cookie_post_with_csrf_token_passes(browser, volunteer):
    _response, _token = session_sign_in(browser)
    # Django rotates the CSRF token at sign-in.
    token = csrf_token(browser)
    response = post_graphql(browser, VIEWER, **{"X-CSRFToken": token})
    assert response.json()["data"]["viewer"]["username"] == "mette"


def test_cookie_post_without_csrf_token_is_403(browser, volunteer):
    session_sign_in(browser)
    response = post_graphql(browser, VIEWER)
    assert response.status_code == 403
    assert error_codes(response) == ["CSRF_FAILED"]


def test_bearer_post_is_exempt_from_csrf(browser, volunteer):
    session_sign_in(browser)
    access_token = sign_in(Client(), "mette", PASSWORD)["accessToken"]
    response = post_graphql(browser, VIEWER, **bearer(access_token))
    assert response.status_code == 200


def test_anonymous_post_without_cookie_needs_no_csrf(browser, volunteer):
    assert sign_in(browser, "mette", PASSWORD)["accessToken"]


def test_session_sign_out_ends_session(browser, volunteer):
    session_sign_in(browser)
    post_graphql(browser, "mutation { signOut { ok } }", **{"X-CSRFToken": csrf_token(browser)})
    response = post_graphql(browser, VIEWER, **{"X-CSRFToken": csrf_token(browser)})
    assert response.json()["data"]["viewer"] is None


def test_deactivation_ends_session(browser, volunteer):
    session_sign_in(browser)
    volunteer.is_active = False
    volunteer.save()
    response = post_graphql(browser, VIEWER, **{"X-CSRFToken": csrf_token(browser)})
    assert response.json()["data"]["viewer"] is None
