"""Invitation and password-reset emails, and setting a password from their link.

Both emails carry a link with Django's password-reset token, which is bound
to the user's current password hash and last sign-in, so it stops working
once it is used or the password changes, and after ``PASSWORD_RESET_TIMEOUT``.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def set_password_link(user):
    """Return the link where ``user`` sets a password.

    ``SET_PASSWORD_URL`` may point at a front end, e.g.
    ``https://academy.example/set-password?uid={uid}&token={token}``; by default
    the link opens this server's own set-password page.
    """
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    template = getattr(settings, "SET_PASSWORD_URL", "")
    if template:
        return template.format(uid=uid, token=token)
    path = reverse("accounts:set_password", kwargs={"uidb64": uid, "token": token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(user, subject, body):
    send_mail(subject, body, None, [user.email])


def send_invitation(user):
    """Email ``user`` an invitation with a link to choose a password."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Welcome to headspace academy")
        body = _(
            "Hello %(name)s,\n\n"
            "You have been given an account on headspace academy, where volunteers and staff "
            "learn from modules, films and ideas from the centres.\n\n"
            "Choose your password here:\n%(link)s\n\n"
            "The link works once and expires in %(days)s days. Your username is %(username)s.\n"
        ) % {
            "name": user.get_full_name() or user.get_username(),
            "link": set_password_link(user),
            "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
            "username": user.get_username(),
        }
        _send(user, subject, body)
    logger.info("Sent invitation to user %s", user.pk)


def send_password_reset(user):
    """Email ``user`` a link to choose a new password."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Reset your password for headspace academy")
        body = _(
            "Hello %(name)s,\n\n"
            "Someone asked to reset the password of your headspace academy account. "
            "If it was you, choose a new password here:\n%(link)s\n\n"
            "If it was not you, ignore this email; your password stays as it is.\n"
        ) % {
            "name": user.get_full_name() or user.get_username(),
            "link": set_password_link(user),
        }
        _send(user, subject, body)
    logger.info("Sent password reset link to user %s", user.pk)


def request_password_reset(email):
    """Send a reset link to the active account with ``email``, if there is exactly one.

    The caller learns nothing about whether the address exists.
    """
    users = list(get_user_model().objects.filter(email__iexact=email.strip(), is_active=True)[:2])
    if len(users) != 1:
        logger.info("Password reset requested for an address with %s active accounts", len(users))
        return
    user = users[0]
    if not user.has_usable_password() and user.last_login is None:
        # Not yet invited people get the invitation text instead.
        send_invitation(user)
    else:
        send_password_reset(user)


class InvalidSetPasswordLink(Exception):
    """The link's user or token is unknown, used or expired."""


def user_for_link(uidb64, token):
    """Return the active user a set-password link is for, or raise InvalidSetPasswordLink."""
    try:
        user_id = force_str(urlsafe_base64_decode(uidb64))
        user = get_user_model().objects.get(pk=user_id, is_active=True)
    except (TypeError, ValueError, OverflowError, get_user_model().DoesNotExist):
        raise InvalidSetPasswordLink from None
    if not default_token_generator.check_token(user, token):
        raise InvalidSetPasswordLink
    return user


def set_password_from_link(uidb64, token, new_password):
    """Set a new password through a link; raise InvalidSetPasswordLink or ValidationError."""
    user = user_for_link(uidb64, token)
    password_validation.validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    logger.info("User %s set a new password through an emailed link", user.pk)
    return user

