"""Root query fields for learning events hosted by the centres."""

import graphene
from django.utils import timezone
from wagtail.models import Page

from cms.access import visible_pages
from cms.graphql.prefetch import prepare_objects, prepare_pages
from pages.graphql.common import (
    check_window,
    enum_value,
    lookup_arguments,
    lookup_page,
    page_list_field,
    page_type,
    page_window,
    paginated_type,
    parse_id,
)
from pages.graphql.enums import AudienceEnum, LearningEventOrder, LearningEventWhen
from pages.graphql.modules import audience_filter
from pages.models import CentrePage, LearningEventPage

LearningEventList = paginated_type(
    "LearningEventList", page_type(LearningEventPage), "One window of a learning event list."
)

LEARNING_EVENT_ORDERINGS = {
    LearningEventOrder.START.value: ("start", "pk"),
    LearningEventOrder.START_DESC.value: ("-start", "-pk"),
}


def learning_event_queryset():
    """Return all learning events with the theme their GraphQL fields read loaded in bulk."""
    return LearningEventPage.objects.select_related("theme")


def prepare_learning_events(request, events):
    """Batch-load the page fields of ``events`` and attach each event's hosting centre in one query."""
    prepare_pages(request, events)
    parent_paths = {event.path[: -Page.steplen] for event in events}
    centres = {centre.path: centre for centre in CentrePage.objects.filter(path__in=parent_paths)}
    for event in events:
        event.preloaded_centre = centres.get(event.path[: -Page.steplen])
    prepare_objects(request, list(centres.values()))


class LearningEventQueries:
    """Root fields ``learningEvents`` and ``learningEvent``."""

    learning_events = page_list_field(
        LearningEventList,
        "Published learning events the request may see.",
        when=LearningEventWhen(
            default_value=LearningEventWhen.UPCOMING,
            description="UPCOMING: not yet ended; PAST: ended; ALL: both.",
        ),
        centre=graphene.ID(description="Only events hosted by the centre with this page id."),
        theme=graphene.String(description="Only events with the theme of this slug."),
        audience=AudienceEnum(
            description="Only events for this reader group; VOLUNTEERS and STAFF include events for BOTH."
        ),
        order=LearningEventOrder(description="Order of the list; START for UPCOMING and ALL, START_DESC for PAST."),
    )
    learning_event = graphene.Field(
        page_type(LearningEventPage), description="One learning event, or null.", **lookup_arguments()
    )

    def resolve_learning_events(
        root,
        info,
        when=LearningEventWhen.UPCOMING,
        centre=None,
        theme=None,
        audience=None,
        order=None,
        limit=None,
        offset=None,
    ):
        window = check_window(limit, offset)
        centre_id = parse_id(centre, "centre") if centre is not None else None
        queryset = learning_event_queryset()

        now = timezone.now()
        when = enum_value(when)
        if when == LearningEventWhen.UPCOMING.value:
            queryset = queryset.filter(end__gte=now)
        elif when == LearningEventWhen.PAST.value:
            queryset = queryset.filter(end__lt=now)

        if centre_id is not None:
            centre_page = CentrePage.objects.filter(pk=centre_id).first()
            if centre_page is None:
                queryset = queryset.none()
            else:
                queryset = queryset.child_of(centre_page)
        if theme is not None:
            queryset = queryset.filter(theme__slug=theme)
        if audience is not None:
            queryset = queryset.filter(audience__in=audience_filter(enum_value(audience)))

        if order is None:
            order = LearningEventOrder.START_DESC if when == LearningEventWhen.PAST.value else LearningEventOrder.START
        queryset = queryset.order_by(*LEARNING_EVENT_ORDERINGS[enum_value(order)])
        queryset = visible_pages(info.context, queryset)
        return page_window(info.context, queryset, window, prepare=prepare_learning_events)

    def resolve_learning_event(root, info, id=None, slug=None):
        event = lookup_page(info.context, learning_event_queryset(), id=id, slug=slug)
        if event is not None:
            prepare_learning_events(info.context, [event])
        return event
