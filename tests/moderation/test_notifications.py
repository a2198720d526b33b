"""Workflow emails: reviewers hear of submissions, submitters of approvals and rejections."""

import pytest
from django.core import mail

from tests.moderation.helpers import act, approve_all, submit


@pytest.fixture(autouse=True)
def mail_outbox(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    return mail.outbox


def _recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_submission_notifies_reviewers(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    assert _recipients() == sorted([moderated.reviewer.email, moderated.second_reviewer.email])


def test_submission_does_not_notify_other_editors(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    assert moderated.aarhus_editor.email not in _recipients()
    assert moderated.odense_editor.email not in _recipients()


def test_rejection_notifies_submitter(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    mail.outbox.clear()

    act(draft_contribution, moderated.reviewer, "reject", comment="Fjern navnet.")

    assert _recipients() == [moderated.odense_editor.email]
    assert "Fjern navnet." in mail.outbox[0].body


def test_approval_notifies_submitter(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    mail.outbox.clear()

    approve_all(draft_contribution, moderated.reviewer)

    # The confidentiality check emails the reviewers when it starts, and the end of the workflow emails the submitter.
    assert moderated.odense_editor.email in _recipients()
    submitter_messages = [message for message in mail.outbox if moderated.odense_editor.email in message.to]
    assert len(submitter_messages) == 1


def test_passing_accessibility_check_sends_no_email(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    act(draft_contribution, moderated.reviewer, "approve", comment="")
    mail.outbox.clear()

    act(draft_contribution, moderated.reviewer, "approve", confirm_no_identification=True, comment="")

    assert moderated.reviewer.email not in _recipients()
