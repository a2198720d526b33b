from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from cms.preview import AcademyPreviewMixin


class AcademyHomePage(AcademyPreviewMixin, Page):
    """The root of the learning universe: modules, inspiration and centres sit below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    graphql_fields = [
        GraphQLString("intro", required=True, description="Welcome text for the academy."),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.ModuleIndexPage", "pages.InspirationCatalogPage", "pages.CentreIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("academy home page")
        verbose_name_plural = _("academy home pages")
