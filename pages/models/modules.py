import graphene
from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import (
    GraphQLBoolean,
    GraphQLCollection,
    GraphQLField,
    GraphQLInt,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.graphql.fields import GraphQLVisibleImage, GraphQLVisibleList
from cms.preview import AcademyPreviewMixin
from pages.blocks import BodyBlock
from pages.graphql.enums import AudienceEnum
from pages.moderation.accessibility import AccessiblePublishMixin
from pages.moderation.graphql import ContributedByType
from pages.models.choices import Audience
from pages.models.provenance import ProvenanceMixin


class ModuleIndexPage(AcademyPreviewMixin, Page):
    """The list of formal learning modules."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    graphql_fields = [
        GraphQLString("intro", required=True, description="Introduction to the modules."),
    ]

    parent_page_types = ["pages.AcademyHomePage"]
    subpage_types = ["pages.ModulePage"]

    class Meta:
        verbose_name = _("module index page")
        verbose_name_plural = _("module index pages")


class ModuleLearningGoal(Orderable):
    page = ParentalKey("pages.ModulePage", on_delete=models.CASCADE, related_name="learning_goals")
    text = models.CharField(_("learning goal"), max_length=300)

    panels = [FieldPanel("text")]

    graphql_fields = [GraphQLString("text", required=True, description="The learning goal.")]

    def __str__(self):
        return self.text

    class Meta(Orderable.Meta):
        verbose_name = _("learning goal")
        verbose_name_plural = _("learning goals")


class ModulePage(AccessiblePublishMixin, ProvenanceMixin, AcademyPreviewMixin, Page):
    """A formal learning module that volunteers and staff take, some of them obligatory."""

    summary = models.TextField(_("summary"), max_length=600)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15, help_text=_("How long the module takes, in minutes.")
    )
    is_obligatory = models.BooleanField(
        _("obligatory"), default=False, help_text=_("Every reader in the audience must complete it.")
    )
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.BOTH)
    themes = ParentalManyToManyField("pages.Theme", verbose_name=_("themes"), blank=True, related_name="modules")
    last_reviewed = models.DateField(
        _("last reviewed"), null=True, blank=True, help_text=_("When the academy team last checked the content.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        InlinePanel("learning_goals", label=_("Learning goals"), heading=_("Learning goals")),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("is_obligatory"),
                FieldPanel("audience"),
                FieldPanel("themes"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("About the module"),
        ),
        FieldPanel("body"),
    ] + ProvenanceMixin.provenance_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("is_obligatory"),
        index.FilterField("audience"),
    ]

    graphql_fields = [
        GraphQLString("summary", required=True, description="Short summary shown in lists."),
        GraphQLVisibleImage("image", description="Illustration of the module; null when missing or hidden."),
        GraphQLCollection(
            GraphQLString,
            "learning_goals",
            source="learning_goal_texts",
            required=True,
            item_required=True,
            description="What the reader can do after the module.",
        ),
        GraphQLInt("estimated_minutes", required=True, description="Estimated time to complete, in minutes."),
        GraphQLBoolean("is_obligatory", required=True, description="Whether every reader in the audience must complete it."),
        GraphQLField("audience", AudienceEnum, required=True, description="Who the module is written for."),
        GraphQLVisibleList("themes", "pages.Theme", description="Themes the module covers."),
        GraphQLField("last_reviewed", graphene.Date, description="Date the academy team last reviewed the content."),
        GraphQLStreamfield("body", description="The module's content blocks."),
        GraphQLField(
            "contributed_by",
            ContributedByType,
            source="contributed_by",
            description="The centre, page, learning event and theme it was promoted from; null if not promoted.",
        ),
    ]

    parent_page_types = ["pages.ModuleIndexPage"]
    subpage_types = []

    def learning_goal_texts(self, info=None, **kwargs):
        return [goal.text for goal in self.learning_goals.all()]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
