"""GraphQL type of a promoted page's provenance ("contributed by").

Kept free of ``pages.graphql`` imports, because the page models import it.
"""

import graphene
from grapple.registry import registry
from grapple.types.interfaces import get_page_interface

from cms.access import visible_or_none


def _page_type(model_name):
    def resolve_type():
        from pages import models

        return registry.pages[getattr(models, model_name)]

    return resolve_type


class ContributedByType(graphene.ObjectType):
    """Provenance of a promoted module or catalogue item: its centre, source page, learning event and theme."""

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
