from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLField, GraphQLString
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from cms.preview import AcademyPreviewMixin
from pages.graphql.enums import RegionEnum
from pages.models.choices import Region


class CentreIndexPage(AcademyPreviewMixin, Page):
    """The list of local centres (headspaces)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    graphql_fields = [
        GraphQLString("intro", required=True, description="Introduction to the centres."),
    ]

    parent_page_types = ["pages.AcademyHomePage"]
    subpage_types = ["pages.CentrePage"]

    class Meta:
        verbose_name = _("centre index page")
        verbose_name_plural = _("centre index pages")


class CentrePage(AcademyPreviewMixin, Page):
    """A local centre and its own section of the tree, where its editors write."""

    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    address = models.CharField(_("address"), max_length=250, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    description = models.TextField(_("description"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("city"), FieldPanel("region"), FieldPanel("address")],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("description"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("city"),
        index.FilterField("region"),
    ]

    graphql_fields = [
        GraphQLString("name", source="title", required=True, description="Name of the centre."),
        GraphQLString("city", required=True, description="City the centre is in."),
        GraphQLField("region", RegionEnum, required=True, description="Danish region of the centre."),
        GraphQLString("address", required=True, description="Street address."),
        GraphQLString("contact_email", required=True, description="Contact email address."),
        GraphQLString("contact_phone", required=True, description="Contact phone number."),
        GraphQLString("description", required=True, description="About the centre."),
    ]

    parent_page_types = ["pages.CentreIndexPage"]
    subpage_types = ["pages.LearningEventPage", "pages.ContributionPage"]

    class Meta:
        verbose_name = _("centre")
        verbose_name_plural = _("centres")
