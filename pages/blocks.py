"""StreamField blocks for module, inspiration and contribution bodies."""

from django.utils.translation import gettext_lazy as _
from grapple.helpers import register_streamfield_block
from grapple.models import GraphQLString
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.graphql.fields import (
    GraphQLRenderedRichText,
    GraphQLVisibleDocument,
    GraphQLVisibleFilm,
    GraphQLVisibleImage,
)
from media_pipeline.blocks import FilmChooserBlock


@register_streamfield_block
class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    graphql_fields = [
        GraphQLString("text", required=True, description="Heading text."),
        GraphQLString("level", required=True, description="HTML heading level: h2, h3 or h4."),
    ]

    class Meta:
        icon = "title"
        label = _("Heading")


@register_streamfield_block
class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's own description."),
    )

    graphql_fields = [
        GraphQLVisibleImage("image", description="The image, or null when it is missing or hidden."),
        GraphQLString("caption", description="Caption shown under the image."),
        GraphQLString("alt_text", description="Alternative text for screen readers."),
    ]

    class Meta:
        icon = "image"
        label = _("Image")


@register_streamfield_block
class FilmBlock(blocks.StructBlock):
    film = FilmChooserBlock(label=_("Film"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    graphql_fields = [
        GraphQLVisibleFilm("film", description="The film, or null when it is missing, hidden or not ready."),
        GraphQLString("caption", description="Caption shown under the film."),
    ]

    class Meta:
        icon = "media"
        label = _("Film")


@register_streamfield_block
class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    graphql_fields = [
        GraphQLString("quote", required=True, description="The quoted text."),
        GraphQLString("attribution", description="Who said it."),
    ]

    class Meta:
        icon = "openquote"
        label = _("Quote")


@register_streamfield_block
class CalloutBlock(blocks.StructBlock):
    """A highlighted "vigtigt" box for rules a reader must not miss."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, default=_("Important"))
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    graphql_fields = [
        # Nullable like the other blocks' titles: GraphQL rejects one fragment that
        # selects ``title`` from blocks where it is String! in one and String in another.
        GraphQLString("title", description="Title of the callout."),
        GraphQLRenderedRichText("text", required=True, description="Callout text as HTML."),
    ]

    class Meta:
        icon = "warning"
        label = _("Callout (important)")


@register_streamfield_block
class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    graphql_fields = [
        GraphQLString("title", description="Title of the checklist."),
        GraphQLString("items", is_list=True, required=True, description="The checklist items in order."),
    ]

    class Meta:
        icon = "list-ul"
        label = _("Checklist")


@register_streamfield_block
class ReflectionQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    guidance = blocks.TextBlock(
        label=_("Guidance"),
        required=False,
        help_text=_("Optional hints for the reader or for a group discussion."),
    )

    graphql_fields = [
        GraphQLString("question", required=True, description="The question to reflect on."),
        GraphQLString("guidance", description="Hints for reflection or discussion."),
    ]

    class Meta:
        icon = "help"
        label = _("Reflection question")


@register_streamfield_block
class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    graphql_fields = [
        GraphQLVisibleDocument("document", description="The document, or null when it is missing or hidden."),
        GraphQLString("title", description="Link text for the document."),
    ]

    class Meta:
        icon = "doc-full"
        label = _("Document")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"],
    )
    image = ImageBlock()
    film = FilmBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    reflection_question = ReflectionQuestionBlock()
    document = DocumentBlock()
