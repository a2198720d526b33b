"""Scheduled publishing: publish revisions approved for a time that has come, and unpublish expired pages.

Does what Wagtail's ``publish_scheduled`` command does, one page at a time, so
that a page rejected by the accessibility rule is logged and skipped instead of
stopping the run for every page after it.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

from pages.moderation.accessibility import FilmsNotAccessible

logger = logging.getLogger(__name__)


@dataclass
class SchedulerRun:
    """Result of one scheduler run: revision ids published and rejected, object ids unpublished."""

    published: list = field(default_factory=list)
    unpublished: list = field(default_factory=list)
    rejected: list = field(default_factory=list)


def _models_with_draft_state():
    return [Page] + [
        model for model in apps.get_models() if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def run_once():
    """Unpublish what has expired and publish what is due; return what was done."""
    # Wagtail's publish action compares go_live_at with the clock itself, so
    # this run works on the current time too and takes no other.
    now = timezone.now()
    run = SchedulerRun()

    for model in _models_with_draft_state():
        for obj in list(model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")):
            obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
            run.unpublished.append(obj.pk)
            logger.info("Unpublished expired %s %s", model._meta.label, obj.pk)

    for revision in Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at"):
        try:
            with transaction.atomic():
                revision.publish(log_action="wagtail.publish.scheduled")
        except FilmsNotAccessible as error:
            # Left scheduled, so that it goes live at the first run after its films are fixed.
            run.rejected.append(revision.pk)
            logger.warning(
                "Scheduled publish of revision %s (object %s) rejected: %s",
                revision.pk,
                revision.object_id,
                " ".join(error.messages),
            )
            continue
        run.published.append(revision.pk)
        logger.info("Published revision %s (object %s) as scheduled", revision.pk, revision.object_id)
    return run
