"""Root query fields for the local centres."""

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
)
from pages.graphql.enums import CentreOrder, RegionEnum
from pages.models import CentrePage

CentreList = paginated_type("CentreList", page_type(CentrePage), "One window of a centre list.")

CENTRE_ORDERINGS = {
    CentreOrder.NAME.value: (danish_order("title"), "pk"),
    CentreOrder.CITY.value: (danish_order("city"), danish_order("title"), "pk"),
}


class CentreQueries:
    """Root fields ``centres`` and ``centre``."""

    centres = page_list_field(
        CentreList,
        "Published centres the request may see.",
        region=RegionEnum(description="Only centres in this region."),
        order=CentreOrder(default_value=CentreOrder.NAME, description="Order of the list."),
    )
    centre = graphene.Field(page_type(CentrePage), description="One centre, or null.", **lookup_arguments())

    def resolve_centres(root, info, region=None, order=CentreOrder.NAME, limit=None, offset=None):
        window = check_window(limit, offset)
        queryset = CentrePage.objects.all()
        if region is not None:
            queryset = queryset.filter(region=enum_value(region))
        queryset = queryset.order_by(*CENTRE_ORDERINGS[enum_value(order)])
        return page_window(info.context, visible_pages(info.context, queryset), window)

    def resolve_centre(root, info, id=None, slug=None):
        return lookup_page(info.context, CentrePage.objects.all(), id=id, slug=slug)
