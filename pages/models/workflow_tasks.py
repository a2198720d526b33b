"""Workflow tasks of the academy's review: the academy team's review, confidentiality and accessibility."""

import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, TaskState

from pages.moderation.accessibility import accessibility_problems

logger = logging.getLogger(__name__)


class ConfidentialityConfirmationForm(forms.Form):
    """The reviewer's explicit confirmation that the content identifies no young person."""

    confirm_no_identification = forms.BooleanField(
        label=_("I confirm that the content identifies no young person"),
        help_text=_("No names, ages, places, pictures or stories from which a young person could be recognised."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that the content identifies no young person.")},
    )
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea, required=False)


class SerialisedActionsMixin:
    """Let only one reviewer act on a task state, however many press a button at once.

    The task state row is locked and its status read again inside the
    transaction, so a second approval of the same state does nothing instead of
    publishing the page twice.
    """

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        current = TaskState.objects.select_for_update().get(pk=task_state.pk)
        if current.status != TaskState.STATUS_IN_PROGRESS:
            logger.info(
                "Ignored %s by user %s on task state %s: it is already %s",
                action_name,
                getattr(user, "pk", None),
                task_state.pk,
                current.status,
            )
            return None
        return self.perform_action(current.specific, user, action_name, **kwargs)

    def perform_action(self, task_state, user, action_name, **kwargs):
        return super().on_action(task_state, user, action_name, **kwargs)


class ReviewTask(SerialisedActionsMixin, AbstractGroupApprovalTask):
    """The academy team's review: approve, approve with a comment, or request changes with a comment."""

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups review the content and approve it or request changes.")

    class Meta:
        verbose_name = _("academy review task")
        verbose_name_plural = _("academy review tasks")


class ConfidentialityTask(SerialisedActionsMixin, AbstractGroupApprovalTask):
    """A reviewer confirms explicitly that the content identifies no young person."""

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Confirm confidentiality"), True),
            ]
        return []

    def get_form_for_action(self, action):
        if action == "approve":
            return ConfidentialityConfirmationForm
        return TaskStateCommentForm

    def perform_action(self, task_state, user, action_name, **kwargs):
        # The admin's modal form requires the tick, but the edit view passes
        # whatever extra data the browser sent, so check it again here.
        if action_name == "approve":
            if kwargs.pop("confirm_no_identification", False) is not True:
                raise PermissionDenied(_("Confirm that the content identifies no young person before approving."))
        return super().perform_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("A reviewer confirms that the content identifies no young person.")

    class Meta:
        verbose_name = _("confidentiality check")
        verbose_name_plural = _("confidentiality checks")


class AccessibilityTask(SerialisedActionsMixin, AbstractGroupApprovalTask):
    """Passes by itself when every film on the page is processed, captioned in Danish and has a poster.

    When a film falls short, the task waits: reviewers see what is missing in
    the approval dialog and can check again once the film is fixed, or request
    changes.
    """

    def start(self, workflow_state, user=None):
        page = workflow_state.content_object.get_latest_revision_as_object()
        problems = accessibility_problems(page)
        if problems:
            # Started as usual, so that the reviewers get an email that it waits for them.
            logger.info("Accessibility check waits on page %s: %s", page.pk, " ".join(problems))
            return super().start(workflow_state, user=user)

        # Passing by itself: no task_submitted signal, so no email to reviewers
        # about a task they need not act on. WorkflowState.update() moves on
        # when start() returns a task state that is already approved.
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            status=TaskState.STATUS_IN_PROGRESS,
            revision=workflow_state.content_object.get_latest_revision(),
            task=self,
        )
        task_state.save()
        task_state.approve(user=None, update=False, comment=str(_("Every film is accessible.")))
        logger.info("Accessibility check passed by itself on page %s", page.pk)
        return task_state

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Check the films again"), True),
            ]
        return []

    def get_form_for_action(self, action):
        if action == "approve":
            return forms.Form
        return TaskStateCommentForm

    def get_template_for_action(self, action):
        if action == "approve":
            return "pages/moderation/accessibility_check_modal.html"
        return super().get_template_for_action(action)

    def perform_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            page = task_state.workflow_state.content_object.get_latest_revision_as_object()
            problems = accessibility_problems(page)
            if problems:
                logger.info("Approval of page %s rejected by the accessibility check: %s", page.pk, " ".join(problems))
                raise PermissionDenied(" ".join(problems))
        return super().perform_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Passes when every film on the page is processed and has Danish captions and a poster.")

    class Meta:
        verbose_name = _("accessibility check")
        verbose_name_plural = _("accessibility checks")
