import datetime

import pytest
from django.utils import timezone

from cms.accounts.models import AuthToken, digest
from cms.accounts.roles import Role
from cms.accounts.tokens import (
    InvalidRefreshToken,
    issue_token_pair,
    refresh_token_pair,
    revoke_session,
    revoke_user_tokens,
    session_key_for_access_token,
    user_for_access_token,
)
from tests.access.factories import person


@pytest.fixture
def reader(db):
    return person([Role.VOLUNTEER])


def test_tokens_are_stored_only_as_digests(reader):
    pair = issue_token_pair(reader)
    stored = set(AuthToken.objects.values_list("digest", flat=True))
    assert stored == {digest(pair.access_token), digest(pair.refresh_token)}
    assert not AuthToken.objects.filter(digest__in=[pair.access_token, pair.refresh_token]).exists()


def test_access_token_authenticates_user(reader):
    pair = issue_token_pair(reader)
    assert user_for_access_token(pair.access_token) == reader


def test_refresh_token_is_no_access_token(reader):
    pair = issue_token_pair(reader)
    assert user_for_access_token(pair.refresh_token) is None


def test_unknown_access_token_is_rejected(reader):
    assert user_for_access_token("hsa_made-up") is None


def test_expired_access_token_is_rejected(reader):
    pair = issue_token_pair(reader)
    AuthToken.objects.filter(kind=AuthToken.Kind.ACCESS).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert user_for_access_token(pair.access_token) is None


def test_access_token_expires_after_configured_lifetime(reader, settings):
    settings.ACCESS_TOKEN_LIFETIME_SECONDS = 300
    pair = issue_token_pair(reader)
    lifetime = pair.access_token_expires_at - timezone.now()
    assert datetime.timedelta(seconds=290) < lifetime <= datetime.timedelta(seconds=300)


def test_refresh_returns_new_working_pair(reader):
    pair = issue_token_pair(reader)
    user, new_pair = refresh_token_pair(pair.refresh_token)
    assert user == reader
    assert user_for_access_token(new_pair.access_token) == reader


def test_refresh_revokes_old_pair(reader):
    pair = issue_token_pair(reader)
    refresh_token_pair(pair.refresh_token)
    assert user_for_access_token(pair.access_token) is None
    with pytest.raises(InvalidRefreshToken):
        refresh_token_pair(pair.refresh_token)


def test_reused_refresh_token_revokes_session(reader):
    pair = issue_token_pair(reader)
    _user, new_pair = refresh_token_pair(pair.refresh_token)
    with pytest.raises(InvalidRefreshToken):
        refresh_token_pair(pair.refresh_token)
    assert user_for_access_token(new_pair.access_token) is None
    with pytest.raises(InvalidRefreshToken):
        refresh_token_pair(new_pair.refresh_token)


def test_expired_refresh_token_is_rejected(reader):
    pair = issue_token_pair(reader)
    AuthToken.objects.filter(kind=AuthToken.Kind.REFRESH).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    with pytest.raises(InvalidRefreshToken):
        refresh_token_pair(pair.refresh_token)


def test_access_token_cannot_refresh(reader):
    pair = issue_token_pair(reader)
    with pytest.raises(InvalidRefreshToken):
        refresh_token_pair(pair.access_token)


def test_revoked_session_rejects_access_token(reader):
    pair = issue_token_pair(reader)
    revoke_session(session_key_for_access_token(pair.access_token), AuthToken.RevokedReason.SIGN_OUT)
    assert user_for_access_token(pair.access_token) is None


def test_revoking_session_keeps_other_sessions(reader):
    phone = issue_token_pair(reader)
    tablet = issue_token_pair(reader)
    revoke_session(session_key_for_access_token(phone.access_token), AuthToken.RevokedReason.SIGN_OUT)
    assert user_for_access_token(tablet.access_token) == reader


def test_revoke_user_tokens_revokes_all_sessions(reader):
    phone = issue_token_pair(reader)
    tablet = issue_token_pair(reader)
    revoke_user_tokens(reader.pk, AuthToken.RevokedReason.ADMIN)
    assert user_for_access_token(phone.access_token) is None
    assert user_for_access_token(tablet.access_token) is None


def test_password_change_revokes_tokens(reader):
    pair = issue_token_pair(reader)
    reader.set_password("Et-helt-nyt-kodeord-77")
    reader.save()
    assert user_for_access_token(pair.access_token) is None
    assert AuthToken.objects.filter(revoked_reason=AuthToken.RevokedReason.PASSWORD_CHANGED).count() == 2


def test_deactivation_revokes_tokens(reader):
    pair = issue_token_pair(reader)
    reader.is_active = False
    reader.save()
    assert user_for_access_token(pair.access_token) is None
    with pytest.raises(InvalidRefreshToken):
        refresh_token_pair(pair.refresh_token)


def test_other_profile_change_keeps_tokens(reader):
    pair = issue_token_pair(reader)
    reader.first_name = "Karen"
    reader.save()
    assert user_for_access_token(pair.access_token) == reader
