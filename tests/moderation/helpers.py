"""Helpers that drive the workflow the way the admin does."""

from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def submit(page, user):
    """Submit ``page`` to its workflow as ``user``, as the editor's "Submit for review" button does."""
    return page.get_workflow().start(page, user)


def current_task_state(page):
    """Return the page's task state in progress, fetched fresh from the database."""
    page.refresh_from_db()
    return TaskState.objects.get(pk=page.current_workflow_task_state.pk).specific


def act(page, user, action, **data):
    """Perform ``action`` on the page's current task as ``user``, as the workflow action buttons do."""
    task_state = current_task_state(page)
    return task_state.task.specific.on_action(task_state, user, action, **data)


def approve_all(page, user):
    """Approve the academy review and the confidentiality check as ``user``."""
    act(page, user, "approve", comment="")
    act(page, user, "approve", confirm_no_identification=True, comment="")


def contribution_form_data(page, body=None, **extra):
    """Return the POST data of the contribution edit form for ``page``, with ``extra`` fields replaced."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "kind": page.kind,
        "themes": [theme.pk for theme in page.themes.all()],
        "body": streamfield(body or []),
        "comments": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


def film_block(film):
    """Return a body item showing ``film``, to assign to a page's ``body``."""
    return ("film", {"film": film, "caption": ""})


def film_form_block(film):
    """Return a body item showing ``film``, for ``contribution_form_data``."""
    return ("film", {"film": film.pk, "caption": ""})
