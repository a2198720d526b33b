"""The ``Page`` interface every page type implements, set as grapple's ``PAGE_INTERFACE``.

It replaces grapple's own interface, whose tree fields filter with
``live().public()`` only. Here every tree field goes through ``cms.access``,
and page internals (draft title, locks, revisions, aliases) are left out.
"""

import graphene

from cms.access import visible_or_none, visible_pages
from cms.graphql.pagination import check_window, window_arguments
from cms.graphql.urls import page_site_path


def _page_interface():
    return AcademyPageInterface


def _tree_list(description):
    return graphene.List(
        graphene.NonNull(_page_interface), required=True, description=description, **window_arguments()
    )


def _window(queryset, limit, offset):
    limit, offset = check_window(limit, offset)
    return list(queryset.specific()[offset : offset + limit])


class AcademyPageInterface(graphene.Interface):
    """A published page that the request may see."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True, description="Title of the page.")
    slug = graphene.String(required=True, description="Last part of the page's path.")
    page_type = graphene.String(required=True, description="GraphQL type name of the page, e.g. ModulePage.")
    url = graphene.String(description="Path of the page on the web site, e.g. /moduler/tavshedspligt/.")
    seo_title = graphene.String(required=True, description="Title for search engines; the title when not set.")
    search_description = graphene.String(required=True, description="Description for search engines.")
    first_published_at = graphene.DateTime(description="When the page was first published.")
    last_published_at = graphene.DateTime(description="When the page was last published.")

    parent = graphene.Field(_page_interface, description="The parent page, or null when the request may not see it.")
    children = _tree_list("Visible child pages in tree order.")
    siblings = _tree_list("Visible pages with the same parent, without this page, in tree order.")
    ancestors = _tree_list("Visible ancestors from the top of the tree down.")
    descendants = _tree_list("Visible descendants in tree order.")

    class Meta:
        name = "Page"

    @classmethod
    def resolve_type(cls, instance, info):
        from grapple.registry import registry
        from grapple.types.pages import Page as GenericPageType

        return registry.pages.get(type(instance), GenericPageType)

    def resolve_page_type(page, info):
        return page.specific_class.__name__

    def resolve_url(page, info):
        return page_site_path(info.context, page)

    def resolve_seo_title(page, info):
        return page.seo_title or page.title

    def resolve_parent(page, info):
        # NOTE: one query per page in a list; the root lists never prefetch tree fields.
        return visible_or_none(info.context, page.get_parent())

    def resolve_children(page, info, limit=None, offset=None):
        return _window(visible_pages(info.context, page.get_children()), limit, offset)

    def resolve_siblings(page, info, limit=None, offset=None):
        queryset = page.get_siblings(inclusive=False)
        return _window(visible_pages(info.context, queryset), limit, offset)

    def resolve_ancestors(page, info, limit=None, offset=None):
        return _window(visible_pages(info.context, page.get_ancestors()), limit, offset)

    def resolve_descendants(page, info, limit=None, offset=None):
        return _window(visible_pages(info.context, page.get_descendants()), limit, offset)


# Field names that page types keep: the interface's, plus each model's graphql_fields.
PAGE_INTERFACE_FIELDS = frozenset(AcademyPageInterface._meta.fields)
