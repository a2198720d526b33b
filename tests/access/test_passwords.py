import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from cms.accounts.passwords import send_invitation
from cms.accounts.roles import Role
from cms.accounts.tokens import issue_token_pair, user_for_access_token
from tests.access.factories import PASSWORD, person
from tests.access.graphql_client import error_codes, post_graphql, sign_in

REQUEST_RESET = "mutation Reset($email: String!) { requestPasswordReset(email: $email) { ok } }"
SET_PASSWORD = """
mutation Set($uid: String!, $token: String!, $password: String!) {
  setPassword(uid: $uid, token: $token, newPassword: $password) { ok }
}
"""
NEW_PASSWORD = "Sommerfugl-i-Odense-2026"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def volunteer(db):
    return person([Role.VOLUNTEER], username="mette", email="mette@example.dk")


def link_parts(message):
    return re.search(r"/account/set-password/([^/]+)/([^/\s]+)/", message.body).groups()


def test_reset_request_emails_link(client, volunteer):
    response = post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    assert response.json()["data"]["requestPasswordReset"]["ok"] is True
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mette@example.dk"]
    assert link_parts(mail.outbox[0])


def test_reset_for_unknown_email_looks_the_same(client, volunteer):
    known = post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"}).json()
    unknown = post_graphql(client, REQUEST_RESET, {"email": "nobody@example.dk"}).json()
    assert unknown == known
    assert len(mail.outbox) == 1


def test_reset_for_deactivated_person_sends_nothing(client, volunteer):
    volunteer.is_active = False
    volunteer.save()
    post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    assert mail.outbox == []


def test_repeated_reset_requests_send_one_email(client, volunteer):
    for _ in range(3):
        post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    assert len(mail.outbox) == 1


def test_set_password_mutation_changes_password(client, volunteer):
    post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    uid, token = link_parts(mail.outbox[0])
    response = post_graphql(client, SET_PASSWORD, {"uid": uid, "token": token, "password": NEW_PASSWORD})
    assert response.json()["data"]["setPassword"]["ok"] is True
    assert sign_in(client, "mette", NEW_PASSWORD)["accessToken"]


def test_set_password_revokes_tokens(client, volunteer):
    pair = issue_token_pair(volunteer)
    post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    uid, token = link_parts(mail.outbox[0])
    post_graphql(client, SET_PASSWORD, {"uid": uid, "token": token, "password": NEW_PASSWORD})
    assert user_for_access_token(pair.access_token) is None


def test_password_link_works_once(client, volunteer):
    post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    uid, token = link_parts(mail.outbox[0])
    post_graphql(client, SET_PASSWORD, {"uid": uid, "token": token, "password": NEW_PASSWORD})
    response = post_graphql(client, SET_PASSWORD, {"uid": uid, "token": token, "password": NEW_PASSWORD + "x"})
    assert error_codes(response) == ["INVALID_PASSWORD_LINK"]


def test_forged_link_is_rejected(client, volunteer):
    response = post_graphql(client, SET_PASSWORD, {"uid": "MQ", "token": "abc-123", "password": NEW_PASSWORD})
    assert error_codes(response) == ["INVALID_PASSWORD_LINK"]


def test_weak_password_lists_reasons(client, volunteer):
    post_graphql(client, REQUEST_RESET, {"email": "mette@example.dk"})
    uid, token = link_parts(mail.outbox[0])
    response = post_graphql(client, SET_PASSWORD, {"uid": uid, "token": token, "password": "123"})
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "INVALID_PASSWORD"
    assert len(error["extensions"]["reasons"]) >= 2
    assert sign_in(client, "mette", PASSWORD)["accessToken"]


def test_invitation_link_opens_set_password_page(client, volunteer):
    send_invitation(volunteer)
    uid, token = link_parts(mail.outbox[0])
    response = client.get(f"/account/set-password/{uid}/{token}/", follow=True)
    assert response.status_code == 200
    assert response.context["validlink"] is True


def test_set_password_page_saves_password(client, volunteer):
    send_invitation(volunteer)
    uid, token = link_parts(mail.outbox[0])
    page = client.get(f"/account/set-password/{uid}/{token}/", follow=True)
    response = client.post(
        page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert get_user_model().objects.get(pk=volunteer.pk).check_password(NEW_PASSWORD)


def test_invitation_without_password_uses_invitation_text(client, db):
    newcomer = person([Role.VOLUNTEER], email="ny@example.dk")
    newcomer.set_unusable_password()
    newcomer.save()
    post_graphql(client, REQUEST_RESET, {"email": "ny@example.dk"})
    assert len(mail.outbox) == 1
    assert "/account/set-password/" in mail.outbox[0].body
