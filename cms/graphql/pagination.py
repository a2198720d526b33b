"""Limit and offset checks, and the paginated list type every root list returns."""

import graphene
from django.conf import settings
from django.utils.translation import gettext as _

from cms.graphql.errors import ErrorCode, client_error


def default_limit():
    return settings.GRAPHQL_DEFAULT_LIMIT


def max_limit():
    return settings.GRAPHQL_MAX_LIMIT


def window_arguments():
    """Return the ``limit`` and ``offset`` arguments shared by every list field."""
    return {
        "limit": graphene.Int(
            description=f"How many items to return: 1 to {max_limit()}, {default_limit()} when left out."
        ),
        "offset": graphene.Int(description="How many items to skip from the start; 0 when left out."),
    }


def check_window(limit, offset):
    """Return ``(limit, offset)`` with defaults filled in, or raise a GraphQL error before any query runs."""
    if limit is None:
        limit = default_limit()
    if offset is None:
        offset = 0
    if limit < 1 or limit > max_limit():
        raise client_error(
            _("The limit %(limit)s is invalid; use a number from 1 to %(max)s.") % {"limit": limit, "max": max_limit()},
            ErrorCode.INVALID_LIMIT,
        )
    if offset < 0:
        raise client_error(
            _("The offset %(offset)s is invalid; use 0 or more.") % {"offset": offset},
            ErrorCode.INVALID_OFFSET,
        )
    return limit, offset


class Window:
    """One page of a list: the items, the total before slicing, and the window used."""

    def __init__(self, items, total_count, limit, offset):
        self.items = items
        self.total_count = total_count
        self.limit = limit
        self.offset = offset


def paginate(queryset, limit, offset, prepare_items=None):
    """Slice ``queryset`` to the window and count it.

    ``prepare_items`` receives the loaded items as a list and batch-loads what
    their fields need, so that the number of queries does not grow with the list.
    """
    items = list(queryset[offset : offset + limit])
    if prepare_items is not None:
        prepare_items(items)
    return Window(items=items, total_count=queryset.count(), limit=limit, offset=offset)


def paginated_type(name, item_type, description):
    """Build the ``{ items, totalCount, limit, offset }`` type for a list of ``item_type``."""
    return type(
        name,
        (graphene.ObjectType,),
        {
            "__doc__": description,
            "items": graphene.List(
                graphene.NonNull(item_type), required=True, description="The items in this window, in order."
            ),
            "total_count": graphene.Int(required=True, description="How many items match, across all windows."),
            "limit": graphene.Int(required=True, description="The limit used for this window."),
            "offset": graphene.Int(required=True, description="The offset used for this window."),
        },
    )
