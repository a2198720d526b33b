from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Theme(index.Indexed, models.Model):
    """A learning theme, such as "anonymitet og tavshedspligt", shared by modules and events."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("slug"),
    ]

    graphql_fields = [
        GraphQLString("name", required=True, description="Display name of the theme."),
        GraphQLString("slug", required=True, description="URL-safe identifier of the theme."),
        GraphQLString("description", required=True, description="What the theme covers."),
    ]

    def __str__(self):
        return self.name

    class Meta:
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
