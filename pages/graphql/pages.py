"""The generic root field ``page``: one page of any type, by id, slug or web-site path."""

import graphene
from django.utils.translation import gettext as _
from grapple.types.interfaces import get_page_interface
from wagtail.models import Page, Site

from cms.access import visible_pages
from cms.graphql.errors import ErrorCode, client_error
from cms.graphql.ids import to_database_id
from cms.graphql.prefetch import prepare_pages


class PageQueries:
    """Root field ``page``."""

    page = graphene.Field(
        get_page_interface,
        id=graphene.ID(description="The page id."),
        slug=graphene.String(description="The page slug; the first visible page in tree order wins."),
        url_path=graphene.String(description="The page's path on the web site, e.g. /moduler/tavshedspligt/."),
        description="One page of any type, or null when there is none the request may see. Give exactly one argument.",
    )

    def resolve_page(root, info, id=None, slug=None, url_path=None):
        request = info.context
        if sum(argument is not None for argument in (id, slug, url_path)) != 1:
            raise client_error(_("Give exactly one of id, slug and urlPath."), ErrorCode.INVALID_ARGUMENT)

        queryset = Page.objects.all()
        if id is not None:
            page_id = to_database_id(id)
            if page_id is None:
                return None
            queryset = queryset.filter(pk=page_id)
        elif slug is not None:
            queryset = queryset.filter(slug=slug)
        else:
            site = Site.find_for_request(request)
            if site is None:
                return None
            path = url_path.strip("/")
            queryset = queryset.filter(url_path=site.root_page.url_path + (f"{path}/" if path else ""))

        page = visible_pages(request, queryset).order_by("path").specific().first()
        if page is not None:
            prepare_pages(request, [page])
        return page
