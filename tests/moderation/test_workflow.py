"""The academy's review workflow: every transition, locks, concurrent reviewers and edits in review."""

import threading

import pytest
from django.urls import reverse
from django.core.exceptions import PermissionDenied
from django.db import connection
from wagtail.models import TaskState, WorkflowState

from pages.models import AccessibilityTask, ConfidentialityTask, ContributionPage, ReviewTask
from pages.moderation.workflow import WORKFLOW_NAME
from tests.factories import ModulePageFactory
from tests.moderation.factories import FilmFactory
from tests.moderation.helpers import (
    act,
    approve_all,
    contribution_form_data,
    current_task_state,
    film_block,
    submit,
)


def test_workflow_covers_centre_pages(draft_contribution):
    assert draft_contribution.get_workflow().name == WORKFLOW_NAME


def test_workflow_covers_modules(moderated):
    module = ModulePageFactory(parent=moderated.modules, live=False)
    assert module.get_workflow().name == WORKFLOW_NAME


def test_workflow_tasks_in_order(moderated, draft_contribution):
    tasks = [type(task.specific) for task in draft_contribution.get_workflow().tasks]
    assert tasks == [ReviewTask, ConfidentialityTask, AccessibilityTask]


def test_submit_starts_review(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    assert isinstance(current_task_state(draft_contribution).task.specific, ReviewTask)


def test_editor_submits_through_admin(client, moderated, draft_contribution):
    client.force_login(moderated.odense_editor)

    response = client.post(
        f"/admin/pages/{draft_contribution.pk}/edit/",
        contribution_form_data(draft_contribution, **{"action-submit": "Submit"}),
    )

    assert response.status_code == 302
    draft_contribution.refresh_from_db()
    assert draft_contribution.workflow_in_progress


def test_editor_publish_through_admin_rejected(client, moderated, draft_contribution):
    client.force_login(moderated.odense_editor)

    client.post(
        f"/admin/pages/{draft_contribution.pk}/edit/",
        contribution_form_data(draft_contribution, **{"action-publish": "Publish"}),
    )

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live


def test_editor_has_no_review_actions(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    task = current_task_state(draft_contribution).task.specific
    assert task.get_actions(draft_contribution, moderated.odense_editor) == []


def test_editor_cannot_approve(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    client_task_state = current_task_state(draft_contribution)
    actions = [name for name, _, _ in client_task_state.task.specific.get_actions(draft_contribution, moderated.odense_editor)]
    assert "approve" not in actions


def test_review_approval_moves_to_confidentiality(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)

    act(draft_contribution, moderated.reviewer, "approve", comment="")

    assert isinstance(current_task_state(draft_contribution).task.specific, ConfidentialityTask)


def test_request_changes_stores_comment(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)

    act(draft_contribution, moderated.reviewer, "reject", comment="Fjern navnet i andet afsnit.")

    workflow_state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(draft_contribution.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert workflow_state.current_task_state.comment == "Fjern navnet i andet afsnit."


def test_resubmit_after_changes_restarts_review(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    act(draft_contribution, moderated.reviewer, "reject", comment="Ret titlen.")
    draft_contribution.title = "Velkomstkaffe og te"
    draft_contribution.save_revision(user=moderated.odense_editor)

    draft_contribution.current_workflow_state.resume(user=moderated.odense_editor)

    task_state = current_task_state(draft_contribution)
    assert isinstance(task_state.task.specific, ReviewTask)
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_confidentiality_requires_confirmation(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    act(draft_contribution, moderated.reviewer, "approve", comment="")

    with pytest.raises(PermissionDenied):
        act(draft_contribution, moderated.reviewer, "approve", comment="")

    assert isinstance(current_task_state(draft_contribution).task.specific, ConfidentialityTask)


def test_confidentiality_form_requires_tick(moderated):
    form_class = ConfidentialityTask().get_form_for_action("approve")
    form = form_class({"comment": "ok"})
    assert not form.is_valid()
    assert "confirm_no_identification" in form.errors


def test_full_approval_publishes(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)

    approve_all(draft_contribution, moderated.reviewer)

    draft_contribution.refresh_from_db()
    assert draft_contribution.live
    assert draft_contribution.current_workflow_state is None


def test_accessibility_passes_with_ready_film(moderated, draft_contribution):
    film = FilmFactory()
    draft_contribution.body = [film_block(film)]
    draft_contribution.save_revision(user=moderated.odense_editor)
    submit(draft_contribution, moderated.odense_editor)

    approve_all(draft_contribution, moderated.reviewer)

    draft_contribution.refresh_from_db()
    assert draft_contribution.live


@pytest.mark.parametrize(
    "film_kwargs",
    [
        {"status": "processing"},
        {"danish_captions": False},
        {"poster": None},
    ],
    ids=["not-processed", "no-danish-captions", "no-poster"],
)
def test_accessibility_waits_on_bad_film(moderated, draft_contribution, film_kwargs):
    film = FilmFactory(**film_kwargs)
    draft_contribution.body = [film_block(film)]
    draft_contribution.save_revision(user=moderated.odense_editor)
    submit(draft_contribution, moderated.odense_editor)

    approve_all(draft_contribution, moderated.reviewer)

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live
    assert isinstance(current_task_state(draft_contribution).task.specific, AccessibilityTask)


def test_accessibility_approval_rejected_while_film_bad(moderated, draft_contribution):
    film = FilmFactory(status="processing")
    draft_contribution.body = [film_block(film)]
    draft_contribution.save_revision(user=moderated.odense_editor)
    submit(draft_contribution, moderated.odense_editor)
    approve_all(draft_contribution, moderated.reviewer)

    with pytest.raises(PermissionDenied, match="ikke behandlet|not processed"):
        act(draft_contribution, moderated.reviewer, "approve")

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live


def test_accessibility_check_again_publishes_fixed_film(moderated, draft_contribution):
    film = FilmFactory(status="processing")
    draft_contribution.body = [film_block(film)]
    draft_contribution.save_revision(user=moderated.odense_editor)
    submit(draft_contribution, moderated.odense_editor)
    approve_all(draft_contribution, moderated.reviewer)
    film.status = "ready"
    film.save()

    act(draft_contribution, moderated.reviewer, "approve")

    draft_contribution.refresh_from_db()
    assert draft_contribution.live


def test_accessibility_modal_lists_problems(client, moderated, draft_contribution):
    film = FilmFactory(danish_captions=False, title="Velkomstfilm")
    draft_contribution.body = [film_block(film)]
    draft_contribution.save_revision(user=moderated.odense_editor)
    submit(draft_contribution, moderated.odense_editor)
    approve_all(draft_contribution, moderated.reviewer)
    task_state = current_task_state(draft_contribution)
    client.force_login(moderated.reviewer)

    response = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=[draft_contribution.pk, "approve", task_state.pk]),
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert "Velkomstfilm" in response.json()["html"]
    assert 'type="submit"' not in response.json()["html"]


def test_edit_in_review_needs_reapproval(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    act(draft_contribution, moderated.reviewer, "approve", comment="")
    draft_contribution.summary = "Ændret undervejs."
    draft_contribution.save_revision(user=moderated.reviewer)

    act(draft_contribution, moderated.reviewer, "approve", confirm_no_identification=True, comment="")

    # The review was approved for an older revision, so it runs again on the new one.
    assert isinstance(current_task_state(draft_contribution).task.specific, ReviewTask)
    draft_contribution.refresh_from_db()
    assert not draft_contribution.live


def test_page_locked_for_editor_in_review(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    draft_contribution.refresh_from_db()
    assert draft_contribution.get_lock().for_user(moderated.odense_editor)


def test_page_open_to_reviewer_in_review(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    draft_contribution.refresh_from_db()
    assert not draft_contribution.get_lock().for_user(moderated.reviewer)


def test_second_approval_of_same_task_is_ignored(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    stale_task_state = current_task_state(draft_contribution)
    act(draft_contribution, moderated.reviewer, "approve", comment="")

    result = stale_task_state.task.specific.on_action(stale_task_state, moderated.second_reviewer, "approve", comment="")

    assert result is None
    assert TaskState.objects.filter(workflow_state=stale_task_state.workflow_state, task=stale_task_state.task).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_final_approvals_publish_once(academy):
    # Two reviewers press "Confirm" on the last manual task at the same moment,
    # each in its own database connection.
    from django.core.management import call_command

    from tests.factories import CentrePageFactory, ContributionPageFactory
    from tests.moderation.factories import UserFactory

    centre = CentrePageFactory(parent=academy.centres)
    call_command("setup_centres", stdout=open("/dev/null", "w"))
    from django.contrib.auth.models import Group

    team = Group.objects.get(name="Academy-teamet")
    editor = UserFactory(groups=[centre.access.editors_group])
    reviewers = [UserFactory(groups=[team]), UserFactory(groups=[team])]
    page = ContributionPageFactory(parent=centre, live=False)
    page.save_revision(user=editor)
    submit(page, editor)
    act(page, reviewers[0], "approve", comment="")
    task_state = current_task_state(page)
    barrier = threading.Barrier(2)
    errors = []

    def approve(reviewer):
        try:
            state = TaskState.objects.get(pk=task_state.pk).specific
            barrier.wait(timeout=10)
            state.task.specific.on_action(state, reviewer, "approve", confirm_no_identification=True, comment="")
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(reviewer,)) for reviewer in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    page.refresh_from_db()
    assert page.live
    assert page.revisions.count() == 1
    from wagtail.models import PageLogEntry

    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 1


def test_contribution_live_only_after_approval(moderated, draft_contribution):
    submit(draft_contribution, moderated.odense_editor)
    assert not ContributionPage.objects.live().filter(pk=draft_contribution.pk).exists()
