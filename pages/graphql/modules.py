"""Root query fields for formal learning modules."""

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
from pages.graphql.enums import AudienceEnum, ModuleOrder
from pages.models import Audience, ModulePage

ModuleList = paginated_type("ModuleList", page_type(ModulePage), "One window of a module list.")

MODULE_ORDERINGS = {
    ModuleOrder.TITLE.value: (danish_order("title"), "pk"),
    ModuleOrder.NEWEST.value: ("-first_published_at", "-pk"),
}


def audience_filter(audience):
    """Return the audience values that match a reader group: its own plus content for both groups."""
    if audience == Audience.BOTH:
        return [Audience.BOTH]
    return [audience, Audience.BOTH]


def module_queryset():
    """Return all modules with the relations their GraphQL fields read loaded in bulk."""
    return ModulePage.objects.select_related("image").prefetch_related("themes", "learning_goals")


class ModuleQueries:
    """Root fields ``modules`` and ``module``."""

    modules = page_list_field(
        ModuleList,
        "Published modules the request may see.",
        theme=graphene.String(description="Only modules with the theme of this slug."),
        obligatory=graphene.Boolean(description="Only obligatory modules (true) or only optional ones (false)."),
        audience=AudienceEnum(
            description="Only modules for this reader group; VOLUNTEERS and STAFF include modules for BOTH."
        ),
        order=ModuleOrder(default_value=ModuleOrder.TITLE, description="Order of the list."),
    )
    module = graphene.Field(page_type(ModulePage), description="One module, or null.", **lookup_arguments())

    def resolve_modules(
        root, info, theme=None, obligatory=None, audience=None, order=ModuleOrder.TITLE, limit=None, offset=None
    ):
        window = check_window(limit, offset)
        queryset = module_queryset()
        if theme is not None:
            queryset = queryset.filter(themes__slug=theme)
        if obligatory is not None:
            queryset = queryset.filter(is_obligatory=obligatory)
        if audience is not None:
            queryset = queryset.filter(audience__in=audience_filter(enum_value(audience)))
        queryset = queryset.order_by(*MODULE_ORDERINGS[enum_value(order)])
        return page_window(info.context, visible_pages(info.context, queryset), window)

    def resolve_module(root, info, id=None, slug=None):
        return lookup_page(info.context, module_queryset(), id=id, slug=slug)

