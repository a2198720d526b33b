"""Factories for the academy's content, shared by every test package."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from pages.models import (
    AcademyHomePage,
    CentreIndexPage,
    CentrePage,
    ContributionPage,
    InspirationCatalogPage,
    InspirationItemPage,
    LearningEventPage,
    ModuleIndexPage,
    ModulePage,
    Theme,
)


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    description = "Et tema til test."

    class Meta:
        model = Theme


class AcademyHomePageFactory(wagtail_factories.PageFactory):
    title = "headspace academy"
    slug = "academy"
    intro = "Velkommen til akademiet."

    class Meta:
        model = AcademyHomePage


class ModuleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Moduler"
    slug = "moduler"

    class Meta:
        model = ModuleIndexPage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Modul {n}")
    slug = factory.Sequence(lambda n: f"modul-{n}")
    summary = "Et kort resumé af modulet."
    estimated_minutes = 20

    class Meta:
        model = ModulePage


class InspirationCatalogPageFactory(wagtail_factories.PageFactory):
    title = "Inspiration"
    slug = "inspiration"

    class Meta:
        model = InspirationCatalogPage


class InspirationItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Idé {n}")
    slug = factory.Sequence(lambda n: f"ide-{n}")
    summary = "En god idé fra et center."

    class Meta:
        model = InspirationItemPage


class CentreIndexPageFactory(wagtail_factories.PageFactory):
    title = "Centre"
    slug = "centre"

    class Meta:
        model = CentreIndexPage


class CentrePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"headspace By {n}")
    slug = factory.Sequence(lambda n: f"by-{n}")
    city = "Odense"
    region = "syddanmark"

    class Meta:
        model = CentrePage


class LearningEventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Læringsarrangement {n}")
    slug = factory.Sequence(lambda n: f"arrangement-{n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location = "Mødelokalet"

    class Meta:
        model = LearningEventPage


class ContributionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bidrag {n}")
    slug = factory.Sequence(lambda n: f"bidrag-{n}")
    summary = "Et lokalt bidrag."

    class Meta:
        model = ContributionPage
