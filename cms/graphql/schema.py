"""The root GraphQL schema: our own scoped query fields over grapple's generated types."""

import graphene
from grapple.registry import registry
from grapple.types.interfaces import get_page_interface

from cms.access import visible_pages


class Query(graphene.ObjectType):
    pages = graphene.List(
        graphene.NonNull(get_page_interface),
        required=True,
        description="Every page the request may see.",
    )

    def resolve_pages(root, info):
        return visible_pages(info.context).specific()


schema = graphene.Schema(query=Query, types=list(registry.models.values()))
