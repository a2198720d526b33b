"""The sign-in lockout covers every password form, with shared counts."""

import pytest
from django.core.cache import cache

from cms.accounts.roles import Role
from tests.access.factories import PASSWORD, person
from tests.access.graphql_client import SIGN_IN, error_codes, post_graphql


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(academy):
    return person([Role.ACADEMY_TEAM], is_secretariat=True, username="anne", email="anne@example.dk")


def post_admin_login(client, password, username="anne"):
    return client.post("/admin/login/", {"username": username, "password": password})


def post_private_page_login(client, password, username="anne"):
    return client.post("/_util/login/?next=/", {"username": username, "password": password})


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_admin_login_locks_after_failures(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(3):
        post_admin_login(client, "forkert")
    response = post_admin_login(client, PASSWORD)
    assert response.status_code == 200
    assert not is_signed_in(client)


def test_admin_login_shows_danish_lock_message(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 1
    post_admin_login(client, "forkert")
    response = post_admin_login(client, PASSWORD)
    assert "For mange mislykkede login-forsøg" in response.content.decode()


def test_admin_login_open_below_limit(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(2):
        post_admin_login(client, "forkert")
    post_admin_login(client, PASSWORD)
    assert is_signed_in(client)


def test_private_page_login_locks_after_failures(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(3):
        post_private_page_login(client, "forkert")
    response = post_private_page_login(client, PASSWORD)
    assert response.status_code == 200
    assert not is_signed_in(client)


def test_private_page_login_open_below_limit(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(2):
        post_private_page_login(client, "forkert")
    response = post_private_page_login(client, PASSWORD)
    assert response.status_code == 302
    assert is_signed_in(client)


def test_admin_failures_lock_graphql_sign_in(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(3):
        post_admin_login(client, "forkert")
    response = post_graphql(client, SIGN_IN, {"email": "anne@example.dk", "password": PASSWORD})
    assert error_codes(response) == ["SIGN_IN_LOCKED"]


def test_graphql_failures_by_email_lock_admin_login(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(3):
        post_graphql(client, SIGN_IN, {"email": "anne@example.dk", "password": "forkert"})
    post_admin_login(client, PASSWORD)
    assert not is_signed_in(client)


def test_private_page_failures_lock_admin_login(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    for _ in range(3):
        post_private_page_login(client, "forkert")
    post_admin_login(client, PASSWORD)
    assert not is_signed_in(client)


def test_admin_failures_lock_address(client, editor, settings):
    settings.SIGN_IN_MAX_FAILURES_PER_IP = 3
    for number in range(3):
        post_admin_login(client, "forkert", username=f"guess{number}")
    post_admin_login(client, PASSWORD)
    assert not is_signed_in(client)
