"""Factories for the GraphQL tests: images, documents and films with media files."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from media_pipeline.models import Film, FilmCaption, FilmRendition

WEBVTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHej og velkommen.\n"


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Billede {n}")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Dokument {n}")


class FilmFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Film {n}")
    description = "En kort film til test."
    file = factory.LazyFunction(lambda: ContentFile(b"not really a video", name="film.mp4"))
    status = Film.Status.READY
    duration = 12.5
    width = 1280
    height = 720
    transcript = "Hej og velkommen."

    class Meta:
        model = Film


class FilmRenditionFactory(factory.django.DjangoModelFactory):
    film = factory.SubFactory(FilmFactory)
    file = factory.LazyFunction(lambda: ContentFile(b"mp4", name="720p.mp4"))
    width = 1280
    height = 720
    bitrate = 2_500_000

    class Meta:
        model = FilmRendition


class FilmCaptionFactory(factory.django.DjangoModelFactory):
    film = factory.SubFactory(FilmFactory)
    file = factory.LazyFunction(lambda: ContentFile(WEBVTT, name="da.vtt"))

    class Meta:
        model = FilmCaption
