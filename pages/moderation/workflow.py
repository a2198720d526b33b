"""The academy's review workflow: its tasks, in order, and the pages it applies to."""

import logging

from django.db import transaction
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

logger = logging.getLogger(__name__)

# Names stored in the database and shown in the Danish admin. Data, not
# interface text: they are created once, and the academy team may rename them.
WORKFLOW_NAME = "Akademiets gennemgang"
REVIEW_TASK_NAME = "Gennemgang i academy-teamet"
# Earlier name of the review task, renamed in place so that a database set up
# before the rename keeps one review task and its history.
OLD_REVIEW_TASK_NAME = "Gennemgang i akademi-teamet"
CONFIDENTIALITY_TASK_NAME = "Fortrolighedstjek"
ACCESSIBILITY_TASK_NAME = "Tilgængelighedstjek"


def _task(model, name, group, report):
    task = model.objects.filter(name=name).first()
    created = task is None
    if created:
        task = model.objects.create(name=name)
    task.groups.add(group)
    report.note(created, f"task {name}")
    return task


@transaction.atomic
def setup_workflow(academy_home, academy_team, report):
    """Create the review workflow and assign it to ``academy_home`` and every page below it.

    Safe to run again: the workflow and tasks are found by name and reused.
    """
    from pages.models import AccessibilityTask, ConfidentialityTask, ReviewTask

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    report.note(workflow is None, f"workflow {WORKFLOW_NAME}")
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)

    renamed = ReviewTask.objects.filter(name=OLD_REVIEW_TASK_NAME).update(name=REVIEW_TASK_NAME)
    if renamed:
        logger.info("Renamed the review task to %s", REVIEW_TASK_NAME)
    tasks = [
        _task(ReviewTask, REVIEW_TASK_NAME, academy_team, report),
        _task(ConfidentialityTask, CONFIDENTIALITY_TASK_NAME, academy_team, report),
        _task(AccessibilityTask, ACCESSIBILITY_TASK_NAME, academy_team, report),
    ]
    for sort_order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": sort_order})

    _, created = WorkflowPage.objects.update_or_create(page=academy_home, defaults={"workflow": workflow})
    report.note(created, f"workflow on page {academy_home.pk}")
    logger.info("Workflow %s assigned to page %s", workflow.pk, academy_home.pk)
    return workflow
