import re

import pytest
from django.urls import reverse

from cms.accounts.models import APIKey, AuthToken, Membership, digest
from cms.accounts.roles import Role
from cms.accounts.tokens import api_key_for, issue_token_pair, user_for_access_token
from tests.access.factories import UserFactory, person


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def create_key(admin_client, name="Web site build", audience="volunteers"):
    response = admin_client.post(reverse("api_keys:add"), {"name": name, "audience": audience})
    key = re.search(r"data-api-key>(hsk_[\w-]+)<", response.content.decode()).group(1)
    return response, key


def test_created_api_key_is_shown_once(admin_client):
    response, key = create_key(admin_client)
    assert response.status_code == 200
    assert api_key_for(key) == APIKey.objects.get()


def test_api_key_is_stored_as_digest(admin_client):
    _response, key = create_key(admin_client)
    api_key = APIKey.objects.get()
    assert api_key.digest == digest(key)
    assert key not in (api_key.prefix, api_key.digest)


def test_api_key_revoked_in_admin_stops_working(admin_client):
    _response, key = create_key(admin_client)
    api_key = APIKey.objects.get()
    admin_client.post(reverse("api_keys:edit", args=[api_key.pk]), {"name": api_key.name, "revoke": "on"})
    assert api_key_for(key) is None


def test_api_key_audience_cannot_change(admin_client):
    _response, _key = create_key(admin_client, audience="volunteers")
    api_key = APIKey.objects.get()
    admin_client.post(reverse("api_keys:edit", args=[api_key.pk]), {"name": api_key.name, "audience": "staff"})
    api_key.refresh_from_db()
    assert api_key.audience == "volunteers"


def test_revoke_sign_ins_revokes_tokens(admin_client):
    reader = person([Role.VOLUNTEER])
    pair = issue_token_pair(reader)
    response = admin_client.post(reverse("accounts_revoke_sign_ins", args=[reader.pk]))
    assert response.status_code == 302
    assert user_for_access_token(pair.access_token) is None
    assert AuthToken.objects.filter(user=reader, revoked_reason=AuthToken.RevokedReason.ADMIN).count() == 2


def test_revoke_sign_ins_asks_first(admin_client):
    reader = person([Role.VOLUNTEER])
    pair = issue_token_pair(reader)
    response = admin_client.get(reverse("accounts_revoke_sign_ins", args=[reader.pk]))
    assert response.status_code == 200
    assert user_for_access_token(pair.access_token) == reader


def test_revoke_sign_ins_needs_permission(client, db):
    client.force_login(UserFactory())
    reader = person([Role.VOLUNTEER])
    response = client.post(reverse("accounts_revoke_sign_ins", args=[reader.pk]))
    assert response.status_code in (302, 403)
    assert not AuthToken.objects.filter(revoked_reason=AuthToken.RevokedReason.ADMIN).exists()


def test_membership_edit_in_admin_updates_groups(admin_client):
    reader = person([Role.VOLUNTEER])
    membership = reader.membership
    response = admin_client.post(
        reverse("memberships:edit", args=[membership.pk]),
        {"user": reader.pk, "centre": "", "roles": ["staff"]},
    )
    assert response.status_code == 302
    assert Membership.objects.get(pk=membership.pk).roles == ["staff"]
    assert set(reader.groups.values_list("name", flat=True)) == {"Ansatte"}
