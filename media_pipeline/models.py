"""Films: a media model beside Wagtail's images and documents."""

import os
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import CollectionMember
from wagtail.search import index


def film_source_path(instance, filename):
    """Store each upload under its own random folder so equal names never collide."""
    # TODO: normalise the name to NFC and strip path parts when the pipeline lands.
    return f"films/originals/{uuid.uuid4().hex}/{os.path.basename(filename)}"


def film_output_path(instance, filename):
    return f"films/renditions/{instance.film_id}/{os.path.basename(filename)}"


def film_caption_path(instance, filename):
    return f"films/captions/{instance.film_id}/{os.path.basename(filename)}"


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
    hls_playlist = models.FileField(_("HLS playlist"), upload_to=film_output_path, blank=True, max_length=500)
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

    search_fields = CollectionMember.search_fields + [
        index.SearchField("title", boost=10),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.FilterField("status"),
    ]

    def __str__(self):
        return self.title

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("film")
        verbose_name_plural = _("films")
        permissions = [("choose_film", _("Can choose film"))]


class FilmRendition(models.Model):
    """One encoded version of a film: an MP4 rung of the ladder."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="renditions")
    file = models.FileField(_("file"), upload_to=film_output_path, max_length=500)
    mime_type = models.CharField(_("MIME type"), max_length=100, default="video/mp4")
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    bitrate = models.PositiveIntegerField(_("bitrate (bits per second)"), null=True, blank=True)

    def __str__(self):
        return f"{self.film_id} {self.width}x{self.height}"

    class Meta:
        ordering = ["-height"]
        verbose_name = _("film rendition")
        verbose_name_plural = _("film renditions")


class FilmCaption(models.Model):
    """A WebVTT caption track of a film, one per language."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=10, default="da")
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
