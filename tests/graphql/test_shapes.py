"""The GraphQL shape of each content type and of the single lookups."""

import datetime

from django.utils import timezone
from grapple.registry import registry
from wagtail import blocks

from cms.graphql import blocks as scoped_blocks
from tests.factories import (
    CentrePageFactory,
    InspirationItemPageFactory,
    LearningEventPageFactory,
    ModulePageFactory,
    ThemeFactory,
)
from tests.graphql.conftest import body_blocks
from tests.graphql.factories import FilmCaptionFactory, FilmFactory, FilmRenditionFactory, ImageFactory

MODULE = """query($id: ID) { module(id: $id) {
    id title slug url pageType seoTitle summary estimatedMinutes isObligatory audience lastReviewed
    learningGoals themes { name slug } image { title width height url }
    body { id blockType ... on HeadingBlock { text level } ... on ChecklistBlock { title items } }
} }"""


def test_module_shape(academy, graphql):
    theme = ThemeFactory(name="Sparring", slug="sparring")
    module = ModulePageFactory(
        parent=academy.modules,
        title="Tavshedspligt",
        slug="tavshedspligt",
        is_obligatory=True,
        audience="volunteers",
        last_reviewed=datetime.date(2026, 11, 1),
        image=ImageFactory(title="Forside"),
        body=body_blocks(),
    )
    module.themes.add(theme)
    module.learning_goals.create(text="Kende reglerne")
    module.learning_goals.create(text="Kunne forklare dem")
    module.save()

    data = graphql.data(MODULE, {"id": module.pk})["module"]

    assert data["id"] == str(module.pk)
    assert data["url"] == "/moduler/tavshedspligt/"
    assert data["pageType"] == "ModulePage"
    assert data["seoTitle"] == "Tavshedspligt"
    assert data["isObligatory"] is True
    assert data["audience"] == "VOLUNTEERS"
    assert data["lastReviewed"] == "2026-11-01"
    assert data["learningGoals"] == ["Kende reglerne", "Kunne forklare dem"]
    assert data["themes"] == [{"name": "Sparring", "slug": "sparring"}]
    assert data["image"]["title"] == "Forside"
    assert data["body"][0]["blockType"] == "HeadingBlock"
    assert data["body"][0]["text"] == "Overskrift"


def test_inspiration_item_shape(academy, graphql):
    centre = CentrePageFactory(parent=academy.centres, title="headspace Odense")
    module = ModulePageFactory(parent=academy.modules, title="Sparring")
    item = InspirationItemPageFactory(
        parent=academy.inspiration, title="Walk and talk", kind="method", contributing_centre=centre
    )
    item.related_modules.add(module)
    item.save()
    query = """query($slug: String) { inspirationItem(slug: $slug) {
        title kind audience contributingCentre { title pageType } relatedModules { title }
    } }"""
    data = graphql.data(query, {"slug": item.slug})["inspirationItem"]
    assert data["kind"] == "METHOD"
    assert data["audience"] == "BOTH"
    assert data["contributingCentre"] == {"title": "headspace Odense", "pageType": "CentrePage"}
    assert data["relatedModules"] == [{"title": "Sparring"}]


def test_learning_event_shape(academy, graphql):
    centre = CentrePageFactory(parent=academy.centres, title="headspace Aalborg", city="Aalborg")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    event = LearningEventPageFactory(
        parent=centre,
        start=start,
        end=start + datetime.timedelta(hours=2),
        theme=ThemeFactory(name="Den gode modtagelse"),
        description="<p>Kom og vær med.</p>",
    )
    query = """query($id: ID) { learningEvent(id: $id) {
        start end location onlineUrl audience description outcome proposedAsFormalLearning
        theme { name } centre { title ... on CentrePage { city } }
    } }"""
    data = graphql.data(query, {"id": event.pk})["learningEvent"]
    assert datetime.datetime.fromisoformat(data["start"]) == start
    assert data["theme"] == {"name": "Den gode modtagelse"}
    assert data["centre"] == {"title": "headspace Aalborg", "city": "Aalborg"}
    assert data["description"] == "<p>Kom og vær med.</p>"
    assert data["outcome"] == ""
    assert data["proposedAsFormalLearning"] is False


def test_centre_shape(academy, graphql):
    centre = CentrePageFactory(parent=academy.centres, title="headspace Odense", city="Odense", region="syddanmark")
    data = graphql.data("query($id: ID) { centre(id: $id) { name city region url } }", {"id": centre.pk})
    assert data["centre"] == {"name": "headspace Odense", "city": "Odense", "region": "SYDDANMARK", "url": centre.url}


def test_theme_lookup_by_slug(graphql):
    ThemeFactory(name="Anonymitet og tavshedspligt", slug="anonymitet")
    data = graphql.data('{ theme(slug: "anonymitet") { name description } }')
    assert data["theme"]["name"] == "Anonymitet og tavshedspligt"


def test_film_shape(graphql):
    film = FilmFactory(title="Velkommen", poster=ImageFactory())
    FilmRenditionFactory(film=film, width=1280, height=720)
    FilmCaptionFactory(film=film, language="da", label="Dansk")
    query = """query($id: ID!) { film(id: $id) {
        title status duration width height transcript
        sources { url mimeType width height } captions { language label url } poster { id }
    } }"""
    data = graphql.data(query, {"id": film.pk})["film"]
    assert data["status"] == "READY"
    assert data["sources"][0]["width"] == 1280
    assert data["captions"][0]["label"] == "Dansk"
    assert data["poster"] is not None


def test_page_lookup_by_url_path(academy, graphql):
    ModulePageFactory(parent=academy.modules, slug="tavshedspligt", title="Tavshedspligt")
    data = graphql.data('{ page(urlPath: "/moduler/tavshedspligt/") { title pageType } }')
    assert data["page"] == {"title": "Tavshedspligt", "pageType": "ModulePage"}


def test_page_lookup_of_site_root(academy, graphql):
    data = graphql.data('{ page(urlPath: "/") { pageType ... on AcademyHomePage { intro } } }')
    assert data["page"]["pageType"] == "AcademyHomePage"


def test_unknown_slug_is_null(graphql):
    data = graphql.data('{ module(slug: "findes-ikke") { id } page(slug: "findes-ikke") { id } }')
    assert data["module"] is None
    assert data["page"] is None


def test_non_numeric_id_is_null(graphql):
    data = graphql.data('{ module(id: "abc") { id } }')
    assert data["module"] is None


def test_page_lookup_needs_one_argument(graphql):
    result = graphql.execute("{ page { id } }")
    assert result["errors"][0]["extensions"]["code"] == "INVALID_ARGUMENT"


def test_image_rendition_outside_allowed_sizes_is_error(academy, graphql):
    ModulePageFactory(parent=academy.modules, image=ImageFactory())
    result = graphql.execute("{ modules { items { image { rendition(width: 333) { url } } } } }")
    assert result["errors"][0]["extensions"]["code"] == "INVALID_ARGUMENT"


def test_src_set_leaves_out_sizes_not_allowed(academy, graphql):
    ModulePageFactory(parent=academy.modules, image=ImageFactory())
    data = graphql.data("{ modules { items { image { srcSet(sizes: [320, 333]) } } } }")
    src_set = data["modules"]["items"][0]["image"]["srcSet"]
    assert "width-320" in src_set
    assert "333" not in src_set


def test_chooser_block_types_are_scoped():
    assert registry.streamfield_blocks[blocks.PageChooserBlock] is scoped_blocks.PageChooserBlock
    assert registry.streamfield_blocks[blocks.RichTextBlock] is scoped_blocks.RichTextBlock
