"""The demo loader builds the promised academy, and loading it again changes nothing."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Site

from media_pipeline.models import Film
from pages.blocks import BodyBlock
from pages.demo.loader import DemoLoader
from pages.models import (
    AcademyHomePage,
    CentrePage,
    InspirationItemPage,
    LearningEventPage,
    ModulePage,
    Theme,
)

pytestmark = pytest.mark.slow

PROMISED_MODULE_SUBJECTS = [
    "anonymitet",
    "modtagelse",
    "sparring",
    "indretning",
    "supervision",
    "introduktion",
]


def test_demo_has_eight_modules(demo, db):
    assert ModulePage.objects.count() >= 8


@pytest.mark.parametrize("subject", PROMISED_MODULE_SUBJECTS)
def test_demo_modules_cover_subject(demo, db, subject):
    slugs = list(ModulePage.objects.values_list("slug", flat=True))
    assert any(subject in slug for slug in slugs), slugs


def test_demo_has_ten_inspiration_items(demo, db):
    assert InspirationItemPage.objects.count() >= 10


def test_demo_inspiration_credits_centres(demo, db):
    assert not InspirationItemPage.objects.filter(contributing_centre__isnull=True).exists()


def test_demo_has_five_centres_in_danish_cities(demo, db):
    cities = set(CentrePage.objects.values_list("city", flat=True))
    assert len(cities) >= 5
    assert {"København", "Aarhus", "Odense"} <= cities


def test_demo_events_span_five_centres(demo, db):
    events = LearningEventPage.objects.all()
    centres = {event.get_parent().pk for event in events}
    assert events.count() >= 4
    assert len(centres) >= 5


def test_demo_events_past_and_upcoming(demo, db):
    now = timezone.now()
    assert LearningEventPage.objects.filter(end__lt=now).exists()
    assert LearningEventPage.objects.filter(start__gt=now).exists()


def test_demo_event_proposed_as_formal_learning(demo, db):
    assert LearningEventPage.objects.filter(proposed_as_formal_learning=True).count() == 1


def test_demo_has_themes(demo, db):
    assert Theme.objects.count() >= 6


def test_demo_modules_use_every_block_type(demo, db):
    used = {block.block_type for module in ModulePage.objects.all() for block in module.body}
    assert used == set(BodyBlock.base_blocks)


def test_demo_film_has_danish_caption(demo, db):
    film = Film.objects.get()
    caption = film.captions.get(language="da")
    assert caption.file.read().decode().startswith("WEBVTT")


def test_demo_film_has_poster(demo, db):
    assert Film.objects.get().poster is not None


def test_demo_film_is_ready(demo, db):
    assert Film.objects.get().status == Film.Status.READY


def test_demo_pages_are_live(demo, db):
    home = AcademyHomePage.objects.get()
    assert not Page.objects.descendant_of(home, inclusive=True).filter(live=False).exists()


def test_demo_pages_have_publish_history(demo, db):
    module = ModulePage.objects.first()
    actions = set(PageLogEntry.objects.filter(page=module).values_list("action", flat=True))
    assert {"wagtail.create", "wagtail.publish"} <= actions


def test_default_site_root_is_academy_home(demo, db):
    assert Site.objects.get(is_default_site=True).root_page.specific == AcademyHomePage.objects.get()


def test_second_load_creates_nothing(demo, db):
    again = DemoLoader()
    again.load()
    assert again.created == {}
    assert sum(again.found.values()) == sum(demo.created.values())


def test_second_load_keeps_page_count(demo, db):
    before = Page.objects.count()
    DemoLoader().load()
    assert Page.objects.count() == before


def test_command_reports_nothing_created(demo, db):
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    summary = output.getvalue().split()
    assert "0" in summary
