import graphene
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLBoolean, GraphQLField, GraphQLString
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.graphql.fields import GraphQLRenderedRichText, GraphQLVisiblePage, GraphQLVisibleSnippet
from cms.preview import AcademyPreviewMixin
from pages.graphql.enums import AudienceEnum
from pages.moderation.accessibility import AccessiblePublishMixin
from pages.models.choices import Audience


class LearningEventPage(AccessiblePublishMixin, AcademyPreviewMixin, Page):
    """A themed learning event that a centre hosts for the others."""

    theme = models.ForeignKey(
        "pages.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_events",
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    location = models.CharField(_("place"), max_length=250, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.BOTH)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    outcome = RichTextField(
        _("outcome"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What came out of the event: conclusions, ideas, next steps."),
    )
    proposed_as_formal_learning = models.BooleanField(
        _("proposed as formal learning"),
        default=False,
        help_text=_("Propose the event's theme to the academy team as a module or catalogue item."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
                FieldPanel("online_url"),
            ],
            heading=_("Time and place"),
        ),
        FieldPanel("audience"),
        FieldPanel("description"),
        FieldPanel("outcome"),
        FieldPanel("proposed_as_formal_learning"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("outcome"),
        index.FilterField("start"),
    ]

    graphql_fields = [
        GraphQLVisibleSnippet("theme", "pages.Theme", description="Theme of the event; null when not set."),
        GraphQLVisiblePage(
            "centre",
            "pages.CentrePage",
            source="graphql_centre",
            description="The centre hosting the event; null when the request may not see it.",
        ),
        GraphQLField("start", graphene.DateTime, required=True, description="Start, ISO 8601 with time zone."),
        GraphQLField("end", graphene.DateTime, required=True, description="End, ISO 8601 with time zone."),
        GraphQLString("location", required=True, description="Where the event takes place."),
        GraphQLString("online_url", required=True, description="Link for taking part online."),
        GraphQLField("audience", AudienceEnum, required=True, description="Who the event is for."),
        GraphQLRenderedRichText("description", required=True, description="About the event, as HTML."),
        GraphQLRenderedRichText("outcome", required=True, description="What came out of the event, as HTML."),
        GraphQLBoolean(
            "proposed_as_formal_learning",
            required=True,
            description="Whether the theme is proposed as formal learning.",
        ),
    ]

    parent_page_types = ["pages.CentrePage"]
    subpage_types = []

    def graphql_centre(self):
        """Return the centre hosting the event (its parent page); list resolvers preload it."""
        if hasattr(self, "preloaded_centre"):
            return self.preloaded_centre
        return self.get_parent()

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
        if not self.location and not self.online_url:
            raise ValidationError(
                {"location": _("Give a place, an online link, or both.")}
            )

    class Meta:
        verbose_name = _("learning event")
        verbose_name_plural = _("learning events")
