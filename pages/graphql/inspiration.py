"""Root query fields for the inspiration catalogue."""

import graphene

from cms.access import visible_pages
from cms.i18n.collation import danish_order
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
from pages.graphql.enums import AudienceEnum, InspirationKindEnum, InspirationOrder
from pages.graphql.modules import audience_filter
from pages.models import InspirationItemPage

InspirationItemList = paginated_type(
    "InspirationItemList", page_type(InspirationItemPage), "One window of an inspiration list."
)

INSPIRATION_ORDERINGS = {
    InspirationOrder.NEWEST.value: ("-first_published_at", "-pk"),
    InspirationOrder.TITLE.value: (danish_order("title"), "pk"),
}


def inspiration_queryset():
    """Return all inspiration items with the relations their GraphQL fields read loaded in bulk."""
    return InspirationItemPage.objects.select_related("image", "contributing_centre").prefetch_related(
        "themes", "related_modules"
    )


class InspirationQueries:
    """Root fields ``inspirationItems`` and ``inspirationItem``."""

    inspiration_items = page_list_field(
        InspirationItemList,
        "Published inspiration items the request may see.",
        theme=graphene.String(description="Only items with the theme of this slug."),
        kind=InspirationKindEnum(description="Only items of this kind."),
        centre=graphene.ID(description="Only items contributed by the centre with this page id."),
        audience=AudienceEnum(
            description="Only items for this reader group; VOLUNTEERS and STAFF include items for BOTH."
        ),
        order=InspirationOrder(default_value=InspirationOrder.NEWEST, description="Order of the list."),
    )
    inspiration_item = graphene.Field(
        page_type(InspirationItemPage), description="One inspiration item, or null.", **lookup_arguments()
    )

    def resolve_inspiration_items(
        root,
        info,
        theme=None,
        kind=None,
        centre=None,
        audience=None,
        order=InspirationOrder.NEWEST,
        limit=None,
        offset=None,
    ):
        window = check_window(limit, offset)
        centre_id = parse_id(centre, "centre") if centre is not None else None
        queryset = inspiration_queryset()
        if theme is not None:
            queryset = queryset.filter(themes__slug=theme)
        if kind is not None:
            queryset = queryset.filter(kind=enum_value(kind))
        if centre_id is not None:
            queryset = queryset.filter(contributing_centre_id=centre_id)
        if audience is not None:
            queryset = queryset.filter(audience__in=audience_filter(enum_value(audience)))
        queryset = queryset.order_by(*INSPIRATION_ORDERINGS[enum_value(order)])
        return page_window(info.context, visible_pages(info.context, queryset), window)

    def resolve_inspiration_item(root, info, id=None, slug=None):
        return lookup_page(info.context, inspiration_queryset(), id=id, slug=slug)
