"""Films: a media model beside Wagtail's images and documents."""

import logging

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import CollectionMember, ReferenceIndex
from wagtail.search import index

from media_pipeline.pipeline.keys import caption_key, source_key

logger = logging.getLogger(__name__)

CAPTION_LANGUAGE = "da"
CAPTION_LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
]


def film_source_path(instance, filename):
    """Store each upload under its own random folder, so equal names never collide."""
    return source_key(filename)


def film_output_path(instance, filename):
    # Pipeline outputs are saved with explicit keys; this only serves forms and fixtures.
    return f"films/{instance.film_id}/manual/{filename}"


def film_caption_path(instance, filename):
    return caption_key(instance.film_id, instance.language)


class FilmQuerySet(models.QuerySet):
    def ready(self):
        return self.filter(status=Film.Status.READY)


class Film(CollectionMember, index.Indexed, models.Model):
    """A short film uploaded by a centre or the academy team."""

    class Status(models.TextChoices):
        UPLOADED = "uploaded", _("Uploaded")
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    file = models.FileField(_("source file"), upload_to=film_source_path, max_length=500)
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use a frame from the film."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UPLOADED)
    failure_reason = models.TextField(_("failure reason"), blank=True)
    duration = models.FloatField(_("duration (seconds)"), null=True, blank=True)
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    transcript = models.TextField(_("transcript"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    uploaded_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Set by the pipeline; not editable.
    extracted_poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("extracted poster"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_metadata = models.JSONField(_("source metadata"), default=dict, blank=True, editable=False)
    # The run that currently owns the film, and the run whose outputs are live.
    # A run writes under its own token's folder, so a crashed run never mixes its
    # files with another run's.
    processing_token = models.UUIDField(null=True, blank=True, editable=False)
    processing_started_at = models.DateTimeField(null=True, blank=True, editable=False)
    output_token = models.UUIDField(null=True, blank=True, editable=False)

    objects = FilmQuerySet.as_manager()

    search_fields = CollectionMember.search_fields + [
        index.SearchField("title", boost=10),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.FilterField("status"),
        index.FilterField("uploaded_by_user"),
    ]

    def get_poster(self):
        """Return the editor's poster, else the one extracted from the film, else None."""
        return self.poster or self.extracted_poster

    def is_accessible(self):
        """Return True when the film is ready, has Danish captions and has a poster."""
        return not self.accessibility_problems()

    def accessibility_problems(self):
        """Return codes for what keeps the film from being accessible: not_ready, no_danish_captions, no_poster."""
        problems = []
        if self.status != self.Status.READY:
            problems.append("not_ready")
        if not any(caption.language == CAPTION_LANGUAGE for caption in self.captions.all()):
            problems.append("no_danish_captions")
        if not (self.poster_id or self.extracted_poster_id):
            problems.append("no_poster")
        return problems

    def can_retry(self):
        """Return True when an editor may start processing again."""
        from media_pipeline.processing import is_claimable

        return is_claimable(self)

    def live_pages_using(self):
        """Return the live pages whose current content refers to this film."""
        from wagtail.models import Page

        page_ids = [
            reference.object_id
            for reference in ReferenceIndex.get_references_to(self)
            if issubclass(reference.base_content_type.model_class() or object, Page)
        ]
        return Page.objects.filter(pk__in=page_ids).live()

    def __str__(self):
        return self.title

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("film")
        verbose_name_plural = _("films")
        permissions = [("choose_film", _("Can choose film"))]


class FilmRendition(models.Model):
    """One encoded version of a film: an MP4 rung of the ladder and its HLS media playlist."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="renditions")
    file = models.FileField(_("file"), upload_to=film_output_path, max_length=500)
    mime_type = models.CharField(_("MIME type"), max_length=100, default="video/mp4")
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    bitrate = models.PositiveIntegerField(_("bitrate (bits per second)"), null=True, blank=True)
    hls_playlist = models.FileField(_("HLS playlist"), upload_to=film_output_path, blank=True, max_length=500)

    def __str__(self):
        return f"{self.film_id} {self.width}x{self.height}"

    class Meta:
        ordering = ["-height"]
        verbose_name = _("film rendition")
        verbose_name_plural = _("film renditions")


class FilmCaption(models.Model):
    """A WebVTT caption track of a film, one per language, stored normalised."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=10, choices=CAPTION_LANGUAGES, default=CAPTION_LANGUAGE)
    label = models.CharField(_("label"), max_length=100, default="Dansk")
    file = models.FileField(_("WebVTT file"), upload_to=film_caption_path, max_length=500)

    def __str__(self):
        return f"{self.film} ({self.language})"

    class Meta:
        ordering = ["language"]
        verbose_name = _("caption")
        verbose_name_plural = _("captions")
        constraints = [
            models.UniqueConstraint(fields=["film", "language"], name="unique_film_caption_language"),
        ]


def delete_files_on_commit(storage, names):
    """Delete stored files once the surrounding transaction commits."""
    names = [name for name in names if name]

    def delete():
        for name in names:
            try:
                storage.delete(name)
            except OSError:
                logger.exception("Could not delete stored film file %s", name)

    transaction.on_commit(delete)
