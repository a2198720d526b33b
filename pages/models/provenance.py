from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

EMPTY_VALUE_DISPLAY = "—"


class ProvenanceFieldPanel(FieldPanel):
    """A read-only provenance link that shows a dash, not Wagtail's literal "None", when it is empty."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(field_name, *args, **kwargs)

    def format_value_for_display(self, value):
        if value is None:
            return EMPTY_VALUE_DISPLAY
        return super().format_value_for_display(value)


class ProvenanceMixin(models.Model):
    """Provenance of a promoted module or catalogue item: its centre, source page, learning event and theme.

    Set by promotion and shown read-only, so that the academy team can always
    credit the centre. Every link survives the deletion of its target as null.
    """

    source_centre = models.ForeignKey(
        "pages.CentrePage",
        verbose_name=_("contributed by centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("source page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_learning_event = models.ForeignKey(
        "pages.LearningEventPage",
        verbose_name=_("source learning event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_theme = models.ForeignKey(
        "pages.Theme",
        verbose_name=_("source theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    provenance_panels = [
        MultiFieldPanel(
            [
                ProvenanceFieldPanel("source_centre"),
                ProvenanceFieldPanel("source_page"),
                ProvenanceFieldPanel("source_learning_event"),
                ProvenanceFieldPanel("source_theme"),
            ],
            heading=_("Contributed by"),
            help_text=_("Set when the page was promoted from a centre's contribution or learning event."),
        ),
    ]

    @property
    def is_promoted(self):
        return bool(self.source_centre_id or self.source_page_id or self.source_learning_event_id)

    def contributed_by(self, info=None, **kwargs):
        """Return the page itself as its GraphQL provenance, or None when it was not promoted."""
        return self if self.is_promoted else None

    class Meta:
        abstract = True
