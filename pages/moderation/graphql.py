"""GraphQL for moderation: promotion provenance and the list of published contributions."""

import graphene
from grapple.registry import registry
from grapple.types.interfaces import get_page_interface

from cms.access import visible_or_none, visible_pages


def _page_type(model_name):
    def resolve_type():
        from pages import models

        return registry.pages[getattr(models, model_name)]

    return resolve_type


class ContributedByType(graphene.ObjectType):
    """Where a promoted module or catalogue item came from."""

    centre = graphene.Field(_page_type("CentrePage"), description="The centre that contributed it.")
    source_page = graphene.Field(
        get_page_interface, description="The contribution or learning event it was promoted from."
    )
    learning_event = graphene.Field(
        _page_type("LearningEventPage"), description="The learning event whose theme it came from."
    )
    theme = graphene.Field(lambda: registry.snippets[_theme_model()], description="The theme it was proposed under.")

    def resolve_centre(parent, info):
        return visible_or_none(info.context, parent.source_centre)

    def resolve_source_page(parent, info):
        return visible_or_none(info.context, parent.source_page)

    def resolve_learning_event(parent, info):
        return visible_or_none(info.context, parent.source_learning_event)

    def resolve_theme(parent, info):
        return parent.source_theme


def _theme_model():
    from pages.models import Theme

    return Theme




class ContributionQueryMixin:
    """Root query fields for published contributions, beside the inspiration catalogue."""

    contributions = graphene.List(
        graphene.NonNull(_page_type("ContributionPage")),
        required=True,
        centre=graphene.ID(description="Only contributions of the centre with this page id."),
        theme=graphene.String(description="Only contributions with the theme of this slug."),
        limit=graphene.Int(description="At most this many contributions; 20 by default, 100 at most."),
        offset=graphene.Int(description="Skip this many contributions first."),
        description="Published contributions from the centres, newest first.",
    )

    def resolve_contributions(root, info, centre=None, theme=None, limit=20, offset=0):
        from graphql import GraphQLError

        from pages.models import CentrePage, ContributionPage

        if limit is None or limit < 1 or limit > 100:
            raise GraphQLError("limit must be between 1 and 100.", extensions={"code": "INVALID_LIMIT"})
        if offset is None or offset < 0:
            raise GraphQLError("offset must be 0 or more.", extensions={"code": "INVALID_OFFSET"})

        queryset = visible_pages(info.context, ContributionPage.objects.all())
        if centre is not None:
            centre_page = CentrePage.objects.filter(pk=centre).first() if str(centre).isdigit() else None
            if centre_page is None:
                return []
            queryset = queryset.child_of(centre_page)
        if theme:
            queryset = queryset.filter(themes__slug=theme)
        queryset = queryset.order_by("-first_published_at", "-pk").prefetch_related("themes")
        return list(queryset[offset : offset + limit])
