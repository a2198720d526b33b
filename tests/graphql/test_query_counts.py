"""Every root list costs the same number of SQL queries for 1 item as for 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import InspirationItemPage, LearningEventPage
from tests.factories import (
    CentrePageFactory,
    InspirationItemPageFactory,
    LearningEventPageFactory,
    ModulePageFactory,
    ThemeFactory,
)
from tests.graphql.conftest import body_blocks, rich_text_page_link
from tests.graphql.factories import DocumentFactory, FilmCaptionFactory, FilmFactory, FilmRenditionFactory, ImageFactory

IMAGE_FIELDS = "id url width height srcSet(sizes: [320, 640]) rendition(width: 320) { url width }"
FILM_FIELDS = f"id title sources {{ url width }} captions {{ language url }} poster {{ {IMAGE_FIELDS} }}"
BODY_FIELDS = f"""
    blockType
    ... on ImageBlock {{ image {{ {IMAGE_FIELDS} }} }}
    ... on FilmBlock {{ film {{ {FILM_FIELDS} }} }}
    ... on DocumentBlock {{ document {{ id url }} }}
    ... on RichTextBlock {{ value }}
"""

MODULES = f"""{{ modules(limit: 100) {{ totalCount items {{
    id title url pageType summary learningGoals themes {{ name }} image {{ {IMAGE_FIELDS} }}
    body {{ {BODY_FIELDS} }}
}} }} }}"""

INSPIRATION_ITEMS = f"""{{ inspirationItems(limit: 100) {{ totalCount items {{
    id title url kind themes {{ slug }} image {{ {IMAGE_FIELDS} }}
    contributingCentre {{ id title url }} relatedModules {{ id title url }}
    body {{ {BODY_FIELDS} }}
}} }} }}"""

LEARNING_EVENTS = """{ learningEvents(limit: 100) { totalCount items {
    id title url start end theme { name } centre { id title url } description outcome
} } }"""

CENTRES = "{ centres(limit: 100) { totalCount items { id name city region url } } }"
THEMES = "{ themes(limit: 100) { totalCount items { name slug } } }"
FILMS = f"{{ films(limit: 100) {{ totalCount items {{ {FILM_FIELDS} }} }} }}"


def make_film():
    film = FilmFactory(poster=ImageFactory())
    FilmRenditionFactory(film=film)
    FilmCaptionFactory(film=film)
    return film


@pytest.fixture(autouse=True)
def large_cache(settings):
    """Give the local-memory cache room for every rendition of 50 items.

    Wagtail writes each rendition it returns to the cache. With Django's default
    of 300 entries, those writes evict the cached site root paths, and the next
    request reads them again: a cache-size effect, not a query per item.
    """
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }


def count_queries(graphql, query):
    """Return the number of queries of ``query`` after a warm-up run that creates the image renditions."""
    graphql.data(query)
    with CaptureQueriesContext(connection) as context:
        graphql.data(query)
    return len(context.captured_queries)


def assert_constant(graphql, query, make_item, list_name):
    make_item()
    one = count_queries(graphql, query)
    for _ in range(49):
        make_item()
    fifty = count_queries(graphql, query)
    assert len(graphql.data(query)[list_name]["items"]) == 50
    assert fifty == one, f"{one} queries for 1 item, {fifty} for 50"


def test_modules_query_count_is_constant(academy, graphql):
    linked = InspirationItemPageFactory(parent=academy.inspiration)

    def make_module():
        module = ModulePageFactory(
            parent=academy.modules,
            image=ImageFactory(),
            body=body_blocks(
                image=ImageFactory(),
                film=make_film(),
                document=DocumentFactory(),
                rich_text=rich_text_page_link(linked, "en idé"),
            ),
        )
        module.themes.add(ThemeFactory(), ThemeFactory())
        module.learning_goals.create(text="Kende reglerne")
        module.save()

    assert_constant(graphql, MODULES, make_module, "modules")


def test_inspiration_items_query_count_is_constant(academy, graphql):
    # Creating a centre provisions its editor groups, which is slow; two centres
    # still show whether the contributing centre is loaded per item.
    centres = [CentrePageFactory(parent=academy.centres) for _ in range(2)]

    def make_item():
        centre = centres[InspirationItemPage.objects.count() % 2]
        item = InspirationItemPageFactory(
            parent=academy.inspiration,
            image=ImageFactory(),
            contributing_centre=centre,
            body=body_blocks(image=ImageFactory(), film=make_film(), document=DocumentFactory()),
        )
        item.themes.add(ThemeFactory())
        item.related_modules.add(ModulePageFactory(parent=academy.modules))
        item.save()

    assert_constant(graphql, INSPIRATION_ITEMS, make_item, "inspirationItems")


def test_learning_events_query_count_is_constant(academy, graphql):
    linked = ModulePageFactory(parent=academy.modules)

    centres = [CentrePageFactory(parent=academy.centres) for _ in range(2)]

    def make_event():
        LearningEventPageFactory(
            parent=centres[LearningEventPage.objects.count() % 2],
            theme=ThemeFactory(),
            description=rich_text_page_link(linked, "modulet"),
            outcome=rich_text_page_link(linked, "modulet igen"),
        )

    assert_constant(graphql, LEARNING_EVENTS, make_event, "learningEvents")


def test_centres_query_count_is_constant(academy, graphql):
    assert_constant(graphql, CENTRES, lambda: CentrePageFactory(parent=academy.centres), "centres")


def test_themes_query_count_is_constant(graphql):
    assert_constant(graphql, THEMES, ThemeFactory, "themes")


def test_films_query_count_is_constant(graphql):
    assert_constant(graphql, FILMS, make_film, "films")
