"""Root query fields for the centres' published contributions, served beside the inspiration catalogue."""

import graphene

from cms.access import visible_pages
from pages.graphql.common import (
    check_window,
    lookup_arguments,
    lookup_page,
    page_list_field,
    page_type,
    page_window,
    paginated_type,
    parse_id,
)
from pages.models import ContributionPage

ContributionList = paginated_type(
    "ContributionList", page_type(ContributionPage), "One window of a list of contributions."
)


def contribution_queryset():
    """Return all contributions with the themes their GraphQL fields read loaded in bulk."""
    return ContributionPage.objects.prefetch_related("themes")


class ContributionQueries:
    """Root fields ``contributions`` and ``contribution``."""

    contributions = page_list_field(
        ContributionList,
        "Contributions from the centres that the academy team approved and published, newest first.",
        centre=graphene.ID(description="Only contributions of the centre with this page id."),
        theme=graphene.String(description="Only contributions with the theme of this slug."),
    )
    contribution = graphene.Field(
        page_type(ContributionPage), description="One published contribution, or null.", **lookup_arguments()
    )

    def resolve_contributions(root, info, centre=None, theme=None, limit=None, offset=None):
        window = check_window(limit, offset)
        queryset = contribution_queryset()
        if centre is not None:
            centre_id = parse_id(centre, "centre")
            queryset = queryset.filter(path__startswith=_centre_path(centre_id))
        if theme is not None:
            queryset = queryset.filter(themes__slug=theme).distinct()
        queryset = queryset.order_by("-first_published_at", "-pk")
        return page_window(info.context, visible_pages(info.context, queryset), window)

    def resolve_contribution(root, info, id=None, slug=None):
        return lookup_page(info.context, contribution_queryset(), id=id, slug=slug)


def _centre_path(centre_id):
    from pages.models import CentrePage

    centre = CentrePage.objects.filter(pk=centre_id).only("path").first()
    # An unknown centre matches no page: tree paths never contain a space.
    return centre.path if centre else " "
