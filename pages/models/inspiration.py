from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLField, GraphQLStreamfield, GraphQLString
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.graphql.fields import GraphQLVisibleImage, GraphQLVisibleList, GraphQLVisiblePage
from cms.preview import AcademyPreviewMixin
from pages.blocks import BodyBlock
from pages.graphql.enums import AudienceEnum, InspirationKindEnum
from pages.moderation.accessibility import AccessiblePublishMixin
from pages.moderation.graphql import ContributedByType
from pages.models.choices import Audience, InspirationKind
from pages.models.provenance import ProvenanceMixin


class InspirationCatalogPage(AcademyPreviewMixin, Page):
    """The inspiration catalogue: ideas, tips, methods and films shared across centres."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    graphql_fields = [
        GraphQLString("intro", required=True, description="Introduction to the catalogue."),
    ]

    parent_page_types = ["pages.AcademyHomePage"]
    subpage_types = ["pages.InspirationItemPage"]

    class Meta:
        verbose_name = _("inspiration catalogue")
        verbose_name_plural = _("inspiration catalogues")


class InspirationItemPage(AccessiblePublishMixin, ProvenanceMixin, AcademyPreviewMixin, Page):
    """One idea, tip, method or film in the catalogue, credited to the centre that shared it."""

    summary = models.TextField(_("summary"), max_length=600)
    kind = models.CharField(_("kind"), max_length=20, choices=InspirationKind.choices, default=InspirationKind.IDEA)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.BOTH)
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("themes"), blank=True, related_name="inspiration_items"
    )
    contributing_centre = models.ForeignKey(
        "pages.CentrePage",
        verbose_name=_("contributing centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inspiration_items",
    )
    related_modules = ParentalManyToManyField(
        "pages.ModulePage", verbose_name=_("related modules"), blank=True, related_name="inspiration_items"
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("audience"),
                FieldPanel("themes"),
                FieldPanel("contributing_centre"),
                FieldPanel("related_modules"),
            ],
            heading=_("About the item"),
        ),
        FieldPanel("body"),
    ] + ProvenanceMixin.provenance_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("audience"),
    ]

    graphql_fields = [
        GraphQLString("summary", required=True, description="Short summary shown in lists."),
        GraphQLField("kind", InspirationKindEnum, required=True, description="Kind of item."),
        GraphQLVisibleImage("image", description="Illustration of the item; null when missing or hidden."),
        GraphQLField("audience", AudienceEnum, required=True, description="Who the item is written for."),
        GraphQLVisibleList("themes", "pages.Theme", description="Themes the item belongs to."),
        GraphQLVisiblePage(
            "contributing_centre",
            "pages.CentrePage",
            description="The centre that shared the item; null when not set or hidden.",
        ),
        GraphQLVisibleList(
            "related_modules", "pages.ModulePage", description="Published formal modules on the same subject."
        ),
        GraphQLStreamfield("body", description="The item's content blocks."),
        GraphQLField(
            "contributed_by",
            ContributedByType,
            source="contributed_by",
            description="The centre, page, learning event and theme it was promoted from; null if not promoted.",
        ),
    ]

    parent_page_types = ["pages.InspirationCatalogPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("inspiration item")
        verbose_name_plural = _("inspiration items")
