"""Issue, check, refresh and revoke the bearer tokens of signed-in apps.

A token is 32 random bytes from :mod:`secrets`, URL-safe encoded. Only its
SHA-256 digest is stored, so a database leak gives no usable token. Access
tokens are short-lived. A refresh token is used once and replaced. Using a
replaced refresh token again revokes its whole session, because it means the
token was copied.
"""

import dataclasses
import datetime
import logging
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cms.accounts.models import APIKey, AuthToken, digest

logger = logging.getLogger(__name__)

ACCESS_TOKEN_PREFIX = "hsa_"
REFRESH_TOKEN_PREFIX = "hsr_"
API_KEY_PREFIX = "hsk_"


def access_token_lifetime():
    return datetime.timedelta(seconds=getattr(settings, "ACCESS_TOKEN_LIFETIME_SECONDS", 15 * 60))


def refresh_token_lifetime():
    return datetime.timedelta(seconds=getattr(settings, "REFRESH_TOKEN_LIFETIME_SECONDS", 30 * 24 * 3600))


@dataclasses.dataclass(frozen=True)
class TokenPair:
    access_token: str
    access_token_expires_at: datetime.datetime
    refresh_token: str
    refresh_token_expires_at: datetime.datetime


def _new_token(user, kind, session_key, now):
    prefix = ACCESS_TOKEN_PREFIX if kind == AuthToken.Kind.ACCESS else REFRESH_TOKEN_PREFIX
    lifetime = access_token_lifetime() if kind == AuthToken.Kind.ACCESS else refresh_token_lifetime()
    token = prefix + secrets.token_urlsafe(32)
    record = AuthToken.objects.create(
        user=user, kind=kind, digest=digest(token), session_key=session_key, expires_at=now + lifetime
    )
    return token, record


def issue_token_pair(user, session_key=None):
    """Open a token session for ``user`` (or continue ``session_key``) and return a new pair."""
    now = timezone.now()
    session_key = session_key or secrets.token_hex(16)
    with transaction.atomic():
        access, access_record = _new_token(user, AuthToken.Kind.ACCESS, session_key, now)
        refresh, refresh_record = _new_token(user, AuthToken.Kind.REFRESH, session_key, now)
    logger.info(
        "Issued access token %s and refresh token %s to user %s (session %s)",
        access_record.pk,
        refresh_record.pk,
        user.pk,
        session_key,
    )
    return TokenPair(access, access_record.expires_at, refresh, refresh_record.expires_at)


def user_for_access_token(token):
    """Return the active user an unexpired, unrevoked access token belongs to, else None."""
    if not token.startswith(ACCESS_TOKEN_PREFIX):
        return None
    record = (
        AuthToken.objects.active()
        .filter(kind=AuthToken.Kind.ACCESS, digest=digest(token))
        .select_related("user")
        .first()
    )
    if record is None or not record.user.is_active:
        return None
    return record.user


def session_key_for_access_token(token):
    """Return the session key of an access token, or None when it is unknown."""
    return (
        AuthToken.objects.filter(kind=AuthToken.Kind.ACCESS, digest=digest(token))
        .values_list("session_key", flat=True)
        .first()
    )


class InvalidRefreshToken(Exception):
    """The refresh token is unknown, expired, revoked or belongs to an inactive user."""


def refresh_token_pair(refresh_token):
    """Replace a refresh token by a new access and refresh token pair.

    Raises InvalidRefreshToken when the token cannot be used. A revoked refresh
    token that was replaced by an earlier refresh revokes its whole session.
    """
    if not refresh_token.startswith(REFRESH_TOKEN_PREFIX):
        raise InvalidRefreshToken
    with transaction.atomic():
        record = (
            AuthToken.objects.select_for_update()
            .filter(kind=AuthToken.Kind.REFRESH, digest=digest(refresh_token))
            .select_related("user")
            .first()
        )
        if record is None:
            raise InvalidRefreshToken
        usable = (
            record.revoked_at is None and record.expires_at > timezone.now() and record.user.is_active
        )
        if usable:
            # The old pair goes; the session continues with the new one.
            AuthToken.objects.filter(session_key=record.session_key).revoke(AuthToken.RevokedReason.REFRESHED)
            logger.info("Refresh token %s of user %s used (session %s)", record.pk, record.user_id, record.session_key)
            return record.user, issue_token_pair(record.user, session_key=record.session_key)

    # Outside the transaction, so that raising does not roll the revocation back.
    if record.revoked_reason == AuthToken.RevokedReason.REFRESHED:
        revoked = AuthToken.objects.filter(session_key=record.session_key).revoke(AuthToken.RevokedReason.REUSED)
        logger.warning(
            "Refresh token %s of user %s was used again after a refresh; revoked %s tokens of session %s",
            record.pk,
            record.user_id,
            revoked,
            record.session_key,
        )
    raise InvalidRefreshToken


def revoke_session(session_key, reason):
    """Revoke every token of one token session; return how many were active."""
    count = AuthToken.objects.filter(session_key=session_key).revoke(reason)
    logger.info("Revoked %s tokens of session %s (%s)", count, session_key, reason)
    return count


def revoke_user_tokens(user_id, reason):
    """Revoke every token of a user; return how many were active."""
    count = AuthToken.objects.filter(user_id=user_id).revoke(reason)
    if count:
        logger.info("Revoked %s tokens of user %s (%s)", count, user_id, reason)
    return count


def api_key_for(key):
    """Return the active API key matching ``key``, else None, and note when it was used."""
    if not key.startswith(API_KEY_PREFIX):
        return None
    api_key = APIKey.objects.active().filter(digest=digest(key)).first()
    if api_key is None:
        return None
    now = timezone.now()
    # Writing on every request would make each read a write; a minute's precision is enough.
    if api_key.last_used_at is None or now - api_key.last_used_at > datetime.timedelta(minutes=1):
        APIKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
    return api_key
