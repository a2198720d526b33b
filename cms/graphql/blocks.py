"""StreamField block types that go through ``cms.access``, in place of grapple's.

Grapple's chooser block types (page, image, document, snippet) return the
chosen object without a visibility check, its rich-text block renders links to
draft pages, and every block has a ``rawValue`` with the stored JSON (internal
ids of draft pages included). These types replace grapple's registry entries,
and ``rawValue`` and the generic ``blocks`` field of our own typed blocks are
removed, before the schema is built.
"""

import graphene
import wagtail.documents.blocks
import wagtail.images.blocks
import wagtail.snippets.blocks
from grapple.registry import registry
from grapple.types.documents import get_document_type
from grapple.types.images import get_image_type
from grapple.types.interfaces import StreamFieldInterface, get_page_interface, get_snippet_interface
from grapple.helpers import streamfield_types
from wagtail import blocks

from cms.access import visible_or_none
from cms.graphql.richtext import RichTextBlock
from cms.graphql.trimming import graphql_field_names, keep_fields


class PageChooserBlock(graphene.ObjectType):
    """A chosen page; null when it is missing or the request may not see it."""

    page = graphene.Field(get_page_interface)

    class Meta:
        interfaces = (StreamFieldInterface,)

    def resolve_page(block, info):
        return visible_or_none(info.context, block.value)


class DocumentChooserBlock(graphene.ObjectType):
    """A chosen document; null when it is missing or the request may not see it."""

    document = graphene.Field(get_document_type)

    class Meta:
        interfaces = (StreamFieldInterface,)

    def resolve_document(block, info):
        return visible_or_none(info.context, block.value)


class ImageChooserBlock(graphene.ObjectType):
    """A chosen image; null when it is missing or the request may not see it."""

    image = graphene.Field(get_image_type)

    class Meta:
        interfaces = (StreamFieldInterface,)

    def resolve_image(block, info):
        return visible_or_none(info.context, block.value)


class SnippetChooserBlock(graphene.ObjectType):
    """A chosen snippet; null when it is missing or the request may not see it."""

    snippet = graphene.Field(get_snippet_interface)

    class Meta:
        interfaces = (StreamFieldInterface,)

    def resolve_snippet(block, info):
        return visible_or_none(info.context, block.value)


SCOPED_BLOCK_TYPES = {
    blocks.RichTextBlock: RichTextBlock,
    blocks.PageChooserBlock: PageChooserBlock,
    wagtail.documents.blocks.DocumentChooserBlock: DocumentChooserBlock,
    wagtail.images.blocks.ImageChooserBlock: ImageChooserBlock,
    wagtail.snippets.blocks.SnippetChooserBlock: SnippetChooserBlock,
}


def install_scoped_block_types():
    """Swap grapple's unscoped block types for ours and trim every block type; safe to call more than once."""
    registry.streamfield_blocks.update(SCOPED_BLOCK_TYPES)
    # Wagtail's ImageBlock (image with alt text) would need its own scoped type; we use none, so drop it.
    registry.streamfield_blocks.pop(wagtail.images.blocks.ImageBlock, None)

    interface_fields = set(StreamFieldInterface._meta.fields) - {"raw_value"}
    keep_fields(StreamFieldInterface, interface_fields)

    typed_blocks = {entry["cls"] for entry in streamfield_types}
    for block_class, block_type in registry.streamfield_blocks.items():
        if block_class in typed_blocks:
            keep_fields(block_type, interface_fields | graphql_field_names(block_class))
        else:
            block_type._meta.fields.pop("raw_value", None)
