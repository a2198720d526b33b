"""Factories for moderation tests: people, films and film captions."""

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from media_pipeline.models import Film, FilmCaption

WEBVTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nHej og velkommen.\n"


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "adgangskode-123")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(*extracted)
        self.save()


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Plakat {n}")
    file = factory.LazyFunction(get_test_image_file)
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = "wagtailimages.Image"


class FilmFactory(factory.django.DjangoModelFactory):
    """A film as the media pipeline leaves it when done: ready, with a poster and Danish captions."""

    title = factory.Sequence(lambda n: f"Film {n}")
    file = factory.LazyFunction(lambda: ContentFile(b"not a real video", name="film.mp4"))
    status = Film.Status.READY
    poster = factory.SubFactory(ImageFactory)
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = Film

    @factory.post_generation
    def danish_captions(self, create, extracted, **kwargs):
        if extracted is False:
            return
        FilmCaption.objects.create(film=self, language="da", file=ContentFile(WEBVTT.encode(), name="da.vtt"))
