"""People, their sign-in tokens and the API keys of server-to-server clients."""

import hashlib
import logging
import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.accounts.roles import CENTRE_GROUP_NAME_PATTERN, ROLE_GROUP_NAMES, STAFF_READER_ROLES, Role, centre_group

logger = logging.getLogger(__name__)


def validate_roles(value):
    """Reject anything but a list of known role values."""
    if not isinstance(value, list) or any(role not in Role.values for role in value):
        raise ValidationError(
            _("Roles must be a list of: %(roles)s."),
            params={"roles": ", ".join(Role.values)},
            code="invalid_roles",
        )


def digest(secret):
    """Return the SHA-256 hex digest under which a token or key is stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Membership(models.Model):
    """A person's place in the academy: their centre (or the secretariat) and their roles.

    Every feature that needs a person's centre reads it from here.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    centre = models.ForeignKey(
        "pages.CentrePage",
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
        help_text=_("The local centre the person belongs to. Leave empty for the secretariat."),
    )
    is_secretariat = models.BooleanField(
        _("secretariat"),
        default=False,
        help_text=_("The person works at the secretariat in Copenhagen."),
    )
    roles = models.JSONField(
        _("roles"),
        default=list,
        blank=True,
        validators=[validate_roles],
        help_text=_("Volunteer, staff, centre editor, learning pilot and/or academy team."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    def has_role(self, role):
        return role in self.roles

    @property
    def is_reader(self):
        """Whether the person may read academy content at all."""
        return bool(self.reader_audiences)

    @property
    def reader_audiences(self):
        """The ``Audience`` values of the content this person may read; staff see both."""
        from pages.models.choices import Audience

        if any(role in STAFF_READER_ROLES for role in self.roles):
            return frozenset(Audience.values)
        if Role.VOLUNTEER in self.roles:
            return frozenset({Audience.VOLUNTEERS, Audience.BOTH})
        return frozenset()

    def clean(self):
        if self.is_secretariat and self.centre_id is not None:
            raise ValidationError(
                {"centre": _("A person at the secretariat belongs to no centre; clear the centre.")}
            )
        for role in (Role.CENTRE_EDITOR, Role.LEARNING_PILOT):
            if role in self.roles and self.centre_id is None:
                raise ValidationError(
                    {"centre": _("A %(role)s needs a centre.") % {"role": Role(role).label.lower()}}
                )

    def save(self, *args, **kwargs):
        # Keep the list stable so that reruns of an import compare equal.
        self.roles = sorted(set(self.roles), key=Role.values.index)
        with transaction.atomic():
            super().save(*args, **kwargs)
            self.sync_groups()

    def expected_groups(self):
        """Return the role-managed groups this person belongs in, creating global role groups as needed.

        A centre's own groups are only joined when they exist, because the
        centre's provisioning creates them with their permissions.
        """
        groups = [Group.objects.get_or_create(name=ROLE_GROUP_NAMES[Role(role)])[0] for role in self.roles]
        for role in self.roles:
            group = centre_group(self.centre, role)
            if group is not None:
                groups.append(group)
        return groups

    def sync_groups(self):
        """Put the user in the groups of their roles and take them out of other role-managed groups.

        Groups not managed by roles are left alone.
        """
        expected = self.expected_groups()
        managed = Group.objects.filter(
            models.Q(name__in=ROLE_GROUP_NAMES.values()) | models.Q(name__regex=CENTRE_GROUP_NAME_PATTERN)
        )
        self.user.groups.remove(*managed.exclude(pk__in=[group.pk for group in expected]))
        self.user.groups.add(*expected)

    def __str__(self):
        where = _("secretariat") if self.is_secretariat else (self.centre or _("no centre"))
        return f"{self.user.get_username()} ({where})"

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")


def membership_for(user):
    """Return ``user``'s membership, or None for anonymous users and people without one."""
    if user is None or not user.is_authenticated:
        return None
    try:
        return user.membership
    except Membership.DoesNotExist:
        return None


class AuthTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())

    def revoke(self, reason):
        """Revoke every token in the queryset; return how many were still active."""
        count = self.filter(revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_reason=reason
        )
        return count


class AuthToken(models.Model):
    """An access or refresh token of a signed-in app, stored only as its SHA-256 digest.

    A sign-in opens a session: one refresh token and the access tokens issued
    with it share ``session_key``, so sign-out and refresh-token reuse revoke
    the whole session at once.
    """

    class Kind(models.TextChoices):
        ACCESS = "access", _("Access token")
        REFRESH = "refresh", _("Refresh token")

    class RevokedReason(models.TextChoices):
        SIGN_OUT = "sign_out", _("Signed out")
        REFRESHED = "refreshed", _("Replaced by a refresh")
        REUSED = "reused", _("Refresh token used twice")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        DEACTIVATED = "deactivated", _("Account deactivated")
        ADMIN = "admin", _("Revoked by an administrator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="auth_tokens"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    digest = models.CharField(_("digest"), max_length=64, unique=True)
    session_key = models.CharField(_("session"), max_length=32, db_index=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(
        _("reason for revocation"), max_length=20, choices=RevokedReason.choices, blank=True
    )

    objects = AuthTokenQuerySet.as_manager()

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk} of user {self.user_id}"

    class Meta:
        verbose_name = _("sign-in token")
        verbose_name_plural = _("sign-in tokens")
        indexes = [models.Index(fields=["user", "revoked_at"])]


class APIKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class APIKey(models.Model):
    """A read-only key for a server-to-server client, such as the web site's build.

    It reads published content for one audience. Only the SHA-256 digest of
    the key is stored, and the key itself is shown once, when it is created.
    """

    PREFIX_LENGTH = 8

    name = models.CharField(_("name"), max_length=100, help_text=_("Who uses the key, e.g. “Web site build”."))
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=[
            ("volunteers", _("Volunteers")),
            ("staff", _("Staff (sees content for volunteers and staff)")),
        ],
        help_text=_("The readers whose content the key may read."),
    )
    prefix = models.CharField(
        _("prefix"), max_length=PREFIX_LENGTH, editable=False, help_text=_("The key's first characters, to tell keys apart.")
    )
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    objects = APIKeyQuerySet.as_manager()

    @property
    def is_active(self):
        return self.revoked_at is None

    @property
    def reader_audiences(self):
        """The ``Audience`` values of the content this key may read."""
        from pages.models.choices import Audience

        if self.audience == "staff":
            return frozenset(Audience.values)
        return frozenset({Audience.VOLUNTEERS, Audience.BOTH})

    def set_new_key(self):
        """Generate a new key, store its digest and return the key, which is never stored."""
        key = "hsk_" + secrets.token_urlsafe(32)
        self.prefix = key[4 : 4 + self.PREFIX_LENGTH]
        self.digest = digest(key)
        return key

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
            logger.info("API key %s (%s) revoked", self.pk, self.prefix)

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
