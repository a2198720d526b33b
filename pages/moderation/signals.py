"""Provision a centre as soon as its page exists, and again when it is published (a rename renames its groups)."""

import logging

from django.db.models.signals import post_save
from wagtail.signals import page_published

logger = logging.getLogger(__name__)


def provision_new_centre(sender, instance, created, raw=False, **kwargs):
    from pages.moderation.centres import provision_centre

    if created and not raw:
        provision_centre(instance)


def provision_published_centre(sender, instance, **kwargs):
    from pages.moderation.centres import provision_centre

    provision_centre(instance)


def connect():
    from pages.models import CentrePage

    post_save.connect(provision_new_centre, sender=CentrePage, dispatch_uid="pages.moderation.provision_new_centre")
    page_published.connect(
        provision_published_centre, sender=CentrePage, dispatch_uid="pages.moderation.provision_published_centre"
    )
