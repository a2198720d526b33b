"""The accessibility rule: every film on a page is processed, has Danish captions and a poster.

The rule holds for every publish, whichever path publishes: the editor's
publish button (the ``before_publish_page`` hook), the end of a workflow,
bulk publishing and scheduled publishing (``AccessiblePublishMixin.publish``).
"""

import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField

logger = logging.getLogger(__name__)


class FilmsNotAccessible(ValidationError):
    """Raised when a page would be published with a film that breaks the accessibility rule."""


def _films_in_value(value):
    from media_pipeline.models import Film

    if isinstance(value, Film):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _films_in_value(child.value)
    elif isinstance(value, (StructValue, dict)):
        for item in value.values():
            yield from _films_in_value(item)
    elif isinstance(value, (ListValue, list, tuple)):
        for item in value:
            yield from _films_in_value(item)


def films_on_page(page):
    """Return the films that ``page`` shows, from its StreamFields and film foreign keys, without repeats."""
    from media_pipeline.models import Film

    films = {}
    for field in page._meta.concrete_fields:
        if field.is_relation and field.related_model is Film:
            film = getattr(page, field.name)
            if film is not None:
                films[film.pk] = film
        elif isinstance(field, StreamField):
            for film in _films_in_value(getattr(page, field.name)):
                films[film.pk] = film
    return list(films.values())


def film_problems(film):
    """Return what keeps ``film`` from being accessible, as messages for editors; empty when it is.

    The media pipeline decides what counts (``Film.accessibility_problems``);
    this turns its codes into sentences.
    """
    messages = {
        "not_ready": _("the film is not processed yet (status: %(status)s)") % {"status": film.get_status_display()},
        "no_danish_captions": _("the film has no Danish captions"),
        "no_poster": _("the film has no poster"),
    }
    return [messages.get(code, code) for code in film.accessibility_problems()]


def accessibility_problems(page):
    """Return one message per film on ``page`` that breaks the accessibility rule."""
    messages = []
    for film in films_on_page(page):
        problems = film_problems(film)
        if problems:
            messages.append(
                gettext("Film “%(title)s”: %(problems)s.") % {"title": film.title, "problems": ", ".join(map(str, problems))}
            )
    return messages


def check_accessible(page):
    """Raise ``FilmsNotAccessible`` listing every problem when ``page`` breaks the accessibility rule."""
    problems = accessibility_problems(page)
    if problems:
        raise FilmsNotAccessible(
            gettext("The page cannot be published until every film on it is accessible. %(problems)s")
            % {"problems": " ".join(problems)},
            code="films_not_accessible",
        )


class AccessiblePublishMixin:
    """Reject publishing a revision whose films break the accessibility rule.

    Covers every path that goes through ``Page.publish``: the end of a workflow,
    bulk publishing, scheduled publishing and code. The admin's publish button
    calls the publish action directly, so the ``before_publish_page`` hook
    checks there.
    """

    def publish(self, revision, *args, **kwargs):
        try:
            check_accessible(revision.as_object())
        except FilmsNotAccessible:
            logger.warning("Publish rejected: page %s revision %s has inaccessible films", self.pk, revision.pk)
            raise
        return super().publish(revision, *args, **kwargs)
