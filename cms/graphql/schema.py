"""The root GraphQL schema: our own scoped root fields over grapple's generated types.

The root ``Query`` is composed from per-domain mixins listed in ``QUERY_MIXINS``.
A new feature adds its root fields by writing a mixin class next to its content
(graphene fields plus ``resolve_<name>`` methods that go through ``cms.access``)
and appending it to that list, one line. Mutations are composed the same way
from ``MUTATION_MIXINS``.

Grapple's own root mixins (``pages``, ``search``, ``images``, ``documents``,
``snippets``, ``redirects``, ``collections``, ``settings``...) are never mounted:
they return content without our visibility rules. Grapple is used for the
generated page, image and StreamField block types only, and those are patched
here before the schema is built (see ``cms.graphql.blocks`` and
``cms.graphql.trimming``).
"""

import graphene
from grapple.registry import registry

from cms.graphql.blocks import install_scoped_block_types
from cms.graphql.films import FilmQueries
from cms.graphql.mutations import AccountMutations, AccountQueries
from cms.graphql.preview import PreviewQueries
from cms.graphql.trimming import trim_generated_types
from pages.graphql.centres import CentreQueries
from pages.graphql.events import LearningEventQueries
from pages.graphql.inspiration import InspirationQueries
from pages.graphql.modules import ModuleQueries
from pages.graphql.pages import PageQueries
from pages.graphql.themes import ThemeQueries
from pages.moderation.queries import ContributionQueries

QUERY_MIXINS = [
    PageQueries,
    ModuleQueries,
    InspirationQueries,
    LearningEventQueries,
    CentreQueries,
    ThemeQueries,
    FilmQueries,
    ContributionQueries,
    AccountQueries,
    PreviewQueries,
]

MUTATION_MIXINS = [AccountMutations]


def build_schema():
    """Patch grapple's generated types, then build the schema from ``QUERY_MIXINS``."""
    install_scoped_block_types()
    trim_generated_types()

    query = type("Query", (*QUERY_MIXINS, graphene.ObjectType), {"__doc__": "Content the request may see."})
    mutation = type("Mutation", (*MUTATION_MIXINS, graphene.ObjectType), {"__doc__": "Sign-in, tokens and passwords."})

    # Page and block types are reached through interfaces only, so they are listed explicitly.
    # Grapple's types for plain Django models (orderables, film renditions) are left out on purpose.
    types = [*registry.pages.values(), *registry.streamfield_blocks.values()]
    return graphene.Schema(query=query, mutation=mutation, types=types, auto_camelcase=True)


schema = build_schema()
