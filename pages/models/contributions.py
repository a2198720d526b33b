from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLField, GraphQLStreamfield, GraphQLString
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.graphql.fields import GraphQLVisibleList
from cms.preview import AcademyPreviewMixin
from pages.blocks import BodyBlock
from pages.graphql.enums import InspirationKindEnum
from pages.moderation.accessibility import AccessiblePublishMixin
from pages.models.choices import InspirationKind


class ContributionPage(AccessiblePublishMixin, AcademyPreviewMixin, Page):
    """A centre's local idea, method, tip or film, in draft until the academy team approves it."""

    summary = models.TextField(_("summary"), max_length=600)
    kind = models.CharField(_("kind"), max_length=20, choices=InspirationKind.choices, default=InspirationKind.IDEA)
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("themes"), blank=True, related_name="contributions"
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("kind"),
        FieldPanel("themes"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    graphql_fields = [
        GraphQLString("summary", required=True, description="Short summary shown in lists."),
        GraphQLField("kind", InspirationKindEnum, required=True, description="Kind of contribution."),
        GraphQLVisibleList("themes", "pages.Theme", description="Themes of the contribution."),
        GraphQLStreamfield("body", description="The contribution's content blocks."),
    ]

    parent_page_types = ["pages.CentrePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
