"""Factories for films."""

import factory
from django.core.files.base import ContentFile

from media_pipeline.models import Film, FilmCaption


class FilmFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Film {n}")
    description = "En kort film fra et center."
    file = factory.django.FileField(filename="film.mp4", data=b"")

    class Meta:
        model = Film


def film_from_video(path, **kwargs):
    """Create a film whose source file is the video at ``path``."""
    return FilmFactory(file=ContentFile(path.read_bytes(), name=path.name), **kwargs)


class FilmCaptionFactory(factory.django.DjangoModelFactory):
    film = factory.SubFactory(FilmFactory)
    language = "da"
    label = "Dansk"
    file = factory.django.FileField(
        filename="da.vtt", data=b"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHej.\n"
    )

    class Meta:
        model = FilmCaption
