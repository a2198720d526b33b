"""Rich text as clients get it: HTML whose internal links respect what the request may see.

A link to a page the request may see becomes
``<a href="/site/path/" data-page-id="12" data-page-type="ModulePage">``, so the
web site and the app can route it. A link to a page or document the request may
not see (draft, restricted, deleted) becomes its text alone. Everything else is
Wagtail's own front-end rendering (``expand_db_html``).
"""

import re

import graphene
from grapple.types.interfaces import StreamFieldInterface
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html
from wagtail.rich_text.rewriters import extract_attrs

from cms.access import visible_documents, visible_pages
from cms.graphql.urls import page_site_path

# Wagtail's database format never nests links, so the first closing tag ends the link.
FIND_LINK = re.compile(r"<a(\b[^>]*)>(.*?)</a>", re.DOTALL)

LINK_TARGETS_ATTRIBUTE = "_academy_rich_text_link_targets"


def rich_text_source(value):
    """Return the database-format HTML of a RichTextField string or a RichTextBlock value."""
    if value is None:
        return ""
    if isinstance(value, RichText):
        return value.source
    return str(value)


def prime_rich_text_links(request, sources):
    """Look up the link targets of many rich texts at once: one query for pages, one for documents."""
    _prime_link_targets(request, sources, _link_targets(request))


def _prime_link_targets(request, sources, targets):
    page_ids, document_ids = set(), set()
    for source in sources:
        for attrs, _text in _links(rich_text_source(source)):
            target_id = _target_id(attrs)
            if target_id is None:
                continue
            if attrs.get("linktype") == "page":
                page_ids.add(target_id)
            elif attrs.get("linktype") == "document":
                document_ids.add(target_id)

    unknown_pages = page_ids - targets["page"].keys()
    if unknown_pages:
        for page in visible_pages(request, Page.objects.filter(pk__in=unknown_pages)):
            targets["page"][page.pk] = {
                "href": page_site_path(request, page),
                "data-page-id": str(page.pk),
                "data-page-type": page.specific_class.__name__,
            }
        for pk in unknown_pages:
            targets["page"].setdefault(pk, None)

    unknown_documents = document_ids - targets["document"].keys()
    if unknown_documents:
        documents = get_document_model().objects.filter(pk__in=unknown_documents)
        for document in visible_documents(request, documents):
            # Absolute, like the image and film URLs, because the web site and the app
            # run on other hosts than the CMS that serves the document.
            targets["document"][document.pk] = {"href": request.build_absolute_uri(document.url)}
        for pk in unknown_documents:
            targets["document"].setdefault(pk, None)


def render_rich_text(request, value):
    """Render a rich-text value to front-end HTML for ``request``."""
    source = rich_text_source(value)
    if not source:
        return ""
    targets = _link_targets(request)
    _prime_link_targets(request, [source], targets)

    def replace(match):
        attrs = extract_attrs(match.group(1))
        text = match.group(2)
        link_type = attrs.get("linktype")
        if link_type not in ("page", "document"):
            return match.group(0)
        target = targets[link_type].get(_target_id(attrs))
        if target is None or target["href"] is None:
            return text
        rendered_attrs = " ".join(f'{name}="{escape(value)}"' for name, value in target.items())
        return f"<a {rendered_attrs}>{text}</a>"

    return expand_db_html(FIND_LINK.sub(replace, source))


class RichTextBlock(graphene.ObjectType):
    """A rich-text StreamField block, rendered for the request; replaces grapple's type of the same name."""

    value = graphene.String(required=True, description="The text as HTML.")

    class Meta:
        interfaces = (StreamFieldInterface,)

    def resolve_value(block, info):
        return render_rich_text(info.context, block.value)


def _links(source):
    for match in FIND_LINK.finditer(source):
        yield extract_attrs(match.group(1)), match.group(2)


def _target_id(attrs):
    try:
        return int(attrs.get("id", ""))
    except ValueError:
        return None


def _link_targets(request):
    """Return the request's cache of resolved link targets, by link type and id (None: not visible)."""
    empty = {"page": {}, "document": {}}
    if request is None:
        return empty
    if not hasattr(request, LINK_TARGETS_ATTRIBUTE):
        setattr(request, LINK_TARGETS_ATTRIBUTE, empty)
    return getattr(request, LINK_TARGETS_ATTRIBUTE)
