"""Password authentication under the sign-in rate limits.

Every password check that goes through ``django.contrib.auth.authenticate``
(the GraphQL ``signIn`` mutation, the Wagtail admin login and Wagtail's
private-page login at ``/_util/login/``) passes this backend, so they all share
the failure counts in ``cms.accounts.ratelimit``.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cms.accounts import ratelimit

logger = logging.getLogger(__name__)


class SignInLocked(ValidationError):
    """Sign-in is locked for the account or the client address; ``retry_after`` is in seconds.

    A ValidationError because Django's ``AuthenticationForm.clean`` calls
    ``authenticate``: the form then shows the message as a form error, where a
    ``PermissionDenied`` would only give the generic wrong-password message.
    """

    def __init__(self, retry_after):
        minutes = (retry_after + 59) // 60
        super().__init__(
            _("Too many failed sign-ins. Try again in %(minutes)s minutes.") % {"minutes": minutes},
            code="sign_in_locked",
        )
        self.retry_after = retry_after


class RateLimitedModelBackend(ModelBackend):
    """ModelBackend that raises SignInLocked while locked and counts each failed password."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None

        # Without a request (``Client.login`` in tests, scripts) only the account is counted.
        ip = ratelimit.client_ip(request) if request is not None else None

        locked_for = ratelimit.seconds_locked(username, ip)
        if locked_for:
            logger.info("Password check rejected while locked (address %s, %s s left)", ip, locked_for)
            raise SignInLocked(locked_for)

        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            ratelimit.record_failure(username, ip)
            logger.info("Password check failed from address %s", ip)
        else:
            ratelimit.reset_account(username)
        return user
