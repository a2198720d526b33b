"""Helpers shared by the page query mixins: argument parsing, lookups and GraphQL type references."""

import graphene
from django.utils.translation import gettext as _
from grapple.registry import registry

from cms.access import visible_pages
from cms.graphql.errors import ErrorCode, client_error
from cms.graphql.ids import parse_id, to_database_id
from cms.graphql.pagination import check_window, paginate, paginated_type, window_arguments
from cms.graphql.prefetch import prepare_pages


def page_type(model):
    """Return a lazy reference to grapple's generated GraphQL type for the page ``model``."""
    return lambda: registry.pages[model]


def snippet_type(model):
    """Return a lazy reference to grapple's generated GraphQL type for the snippet ``model``."""
    return lambda: registry.snippets[model]


def enum_value(member):
    """Return the value of a graphene enum argument, which arrives as an enum member or a plain value."""
    return getattr(member, "value", member)


def lookup_arguments(with_slug=True):
    """Return the ``id`` (and ``slug``) arguments of a single lookup."""
    arguments = {"id": graphene.ID(description="The page id.")}
    if with_slug:
        arguments["slug"] = graphene.String(description="The page slug.")
    return arguments


def lookup_page(request, queryset, id=None, slug=None):
    """Return the one visible page of ``queryset`` with ``id`` or ``slug``, or None when there is none.

    Exactly one of ``id`` and ``slug`` must be given. An id that is not a number, or is out of the
    database's range, finds nothing.
    """
    if (id is None) == (slug is None):
        raise client_error(_("Give exactly one of id and slug."), ErrorCode.INVALID_ARGUMENT)
    queryset = visible_pages(request, queryset)
    if id is not None:
        page_id = to_database_id(id)
        if page_id is None:
            return None
        queryset = queryset.filter(pk=page_id)
    else:
        # Slugs are unique among siblings only; tree order makes the result stable.
        queryset = queryset.filter(slug=slug).order_by("path")
    page = queryset.first()
    if page is not None:
        prepare_pages(request, [page])
    return page


def page_list_field(list_type, description, **arguments):
    """Return a required paginated list field with ``arguments`` plus ``limit`` and ``offset``."""
    return graphene.Field(list_type, required=True, description=description, **arguments, **window_arguments())


def page_window(request, queryset, window, prepare=prepare_pages):
    """Load one checked ``(limit, offset)`` window of ``queryset``, batch-loading what its fields read."""
    limit, offset = window
    return paginate(queryset, limit, offset, prepare_items=lambda items: prepare(request, items))


__all__ = [
    "check_window",
    "enum_value",
    "lookup_arguments",
    "lookup_page",
    "page_list_field",
    "page_type",
    "page_window",
    "paginated_type",
    "parse_id",
    "snippet_type",
]
