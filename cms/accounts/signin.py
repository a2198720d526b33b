"""Signing a person in with username or email and password, under rate limits."""

import logging

from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext as _

from cms.accounts import ratelimit
from cms.accounts.backends import SignInLocked

logger = logging.getLogger(__name__)


class SignInFailed(Exception):
    """Sign-in failed; ``code`` is the stable API error code."""

    def __init__(self, message, code, retry_after=None):
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after


def _find_username(identifier):
    """Return the username that ``identifier`` (a username or an email) signs in as, or None."""
    User = get_user_model()
    if "@" in identifier:
        matches = list(User.objects.filter(email__iexact=identifier).values_list(User.USERNAME_FIELD, flat=True)[:2])
        # An address shared by two accounts cannot tell them apart.
        if len(matches) == 1:
            return matches[0]
    if User.objects.filter(**{User.USERNAME_FIELD: identifier}).exists():
        return identifier
    return None


def sign_in(request, identifier, password):
    """Return the active user for ``identifier`` and ``password`` or raise SignInFailed.

    The caller completes the sign-in, with ``django.contrib.auth.login`` for a
    session or ``record_token_sign_in`` for tokens.

    Every failure counts towards the lockout of the account and of the client
    address, and gives the same message, so that it reveals nothing about
    whether the account exists.
    """
    identifier = (identifier or "").strip()
    ip = ratelimit.client_ip(request)

    # Failures count against the account's username, as in the admin login,
    # and against the typed identifier only when it matches no account.
    username = _find_username(identifier) if identifier else None
    account = username or identifier

    try:
        locked_for = ratelimit.seconds_locked(account, ip)
        if locked_for:
            raise SignInLocked(locked_for)
        if username and password:
            # RateLimitedModelBackend counts a failure and resets on success.
            user = authenticate(request, username=username, password=password)
        else:
            user = None
            ratelimit.record_failure(account, ip)
    except SignInLocked as locked:
        logger.info("Sign-in rejected while locked (address %s, %s s left)", ip, locked.retry_after)
        raise SignInFailed(locked.messages[0], "SIGN_IN_LOCKED", retry_after=locked.retry_after) from None

    if user is None:
        logger.info("Sign-in failed from address %s", ip)
        raise SignInFailed(_("Wrong username, email or password."), "INVALID_CREDENTIALS")

    logger.info("User %s signed in from address %s", user.pk, ip)
    return user


def record_token_sign_in(request, user):
    """Send ``user_logged_in`` for a token sign-in, as ``login()`` does for a session.

    Its receiver updates ``last_login``, which also invalidates any
    outstanding password-reset link.
    """
    user_logged_in.send(sender=user.__class__, request=request, user=user)
