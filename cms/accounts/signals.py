"""Cut a person's access as soon as their password changes or their account is deactivated."""

import logging

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from cms.accounts.models import AuthToken
from cms.accounts.tokens import revoke_user_tokens

logger = logging.getLogger(__name__)


@receiver(pre_save, sender=get_user_model(), dispatch_uid="cms.accounts.note_access_changes")
def note_access_changes(sender, instance, raw=False, **kwargs):
    """Remember whether this save changes the password or deactivates the account."""
    instance._revoke_tokens_reason = None
    if raw or instance.pk is None:
        return
    previous = sender.objects.filter(pk=instance.pk).values("password", "is_active").first()
    if previous is None:
        return
    if previous["is_active"] and not instance.is_active:
        instance._revoke_tokens_reason = AuthToken.RevokedReason.DEACTIVATED
    elif previous["password"] != instance.password:
        instance._revoke_tokens_reason = AuthToken.RevokedReason.PASSWORD_CHANGED


@receiver(post_save, sender=get_user_model(), dispatch_uid="cms.accounts.revoke_tokens_on_access_change")
def revoke_tokens_on_access_change(sender, instance, raw=False, **kwargs):
    reason = getattr(instance, "_revoke_tokens_reason", None)
    if raw or reason is None:
        return
    instance._revoke_tokens_reason = None
    revoke_user_tokens(instance.pk, reason)
    if reason == AuthToken.RevokedReason.DEACTIVATED:
        logger.info("User %s deactivated; their tokens are revoked", instance.pk)
