"""Drafts, restricted pages and hidden media reach no client by any GraphQL path."""

import datetime

from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.graphql.schema import schema
from tests.factories import InspirationItemPageFactory, ModulePageFactory
from tests.graphql.conftest import body_blocks
from tests.graphql.factories import DocumentFactory, FilmFactory, ImageFactory
from media_pipeline.models import Film

PAGE_INTERNALS = [
    "draftTitle",
    "lockedAt",
    "locked",
    "lockedBy",
    "hasUnpublishedChanges",
    "aliasOf",
    "aliases",
    "sitesRootedHere",
    "latestRevisionCreatedAt",
    "latestRevision",
    "liveRevision",
    "owner",
    "live",
    "expired",
]


def page_type_fields(type_name):
    return set(schema.graphql_schema.get_type(type_name).fields)


def test_page_types_expose_no_internals():
    for type_name in ["ModulePage", "InspirationItemPage", "LearningEventPage", "CentrePage", "Page"]:
        fields = page_type_fields(type_name)
        for internal in PAGE_INTERNALS:
            assert internal not in fields, f"{type_name}.{internal}"


def test_grapple_root_fields_are_not_mounted():
    root_fields = set(schema.graphql_schema.query_type.fields)
    for leaky in ["pages", "search", "images", "documents", "snippets", "redirects", "collections", "settings"]:
        assert leaky not in root_fields


def test_media_types_expose_no_collection_or_tags():
    for type_name in ["ImageObjectType", "DocumentObjectType"]:
        fields = page_type_fields(type_name)
        assert "collection" not in fields
        assert "tags" not in fields


def test_blocks_expose_no_raw_value():
    assert "rawValue" not in page_type_fields("ImageBlock")


def test_modules_list_skips_drafts(academy, graphql):
    ModulePageFactory(parent=academy.modules, title="Udgivet")
    ModulePageFactory(parent=academy.modules, title="Kladde", live=False)
    data = graphql.data("{ modules { totalCount items { title } } }")
    assert data["modules"]["totalCount"] == 1
    assert [item["title"] for item in data["modules"]["items"]] == ["Udgivet"]


def test_modules_list_skips_restricted_pages(academy, graphql):
    restricted = ModulePageFactory(parent=academy.modules)
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    data = graphql.data("{ modules { totalCount } }")
    assert data["modules"]["totalCount"] == 0


def test_module_lookup_of_draft_is_null(academy, graphql):
    draft = ModulePageFactory(parent=academy.modules, live=False)
    data = graphql.data("query($id: ID) { module(id: $id) { title } }", {"id": draft.pk})
    assert data["module"] is None


def test_page_lookup_of_draft_is_null(academy, graphql):
    draft = ModulePageFactory(parent=academy.modules, live=False)
    data = graphql.data("query($slug: String) { page(slug: $slug) { title } }", {"slug": draft.slug})
    assert data["page"] is None


def test_draft_title_of_published_page_is_not_served(academy, graphql):
    module = ModulePageFactory(parent=academy.modules, title="Udgivet titel")
    module.title = "Hemmelig kladdetitel"
    module.save_revision()
    data = graphql.data("query($id: ID) { module(id: $id) { title } }", {"id": module.pk})
    assert data["module"]["title"] == "Udgivet titel"


def test_tree_fields_skip_drafts(academy, graphql):
    ModulePageFactory(parent=academy.modules, title="Udgivet")
    ModulePageFactory(parent=academy.modules, title="Kladde", live=False)
    query = """query($id: ID) { page(id: $id) {
        children { title } descendants { title }
    } }"""
    data = graphql.data(query, {"id": academy.modules.pk})
    assert [page["title"] for page in data["page"]["children"]] == ["Udgivet"]
    assert [page["title"] for page in data["page"]["descendants"]] == ["Udgivet"]


def test_siblings_skip_drafts(academy, graphql):
    module = ModulePageFactory(parent=academy.modules, title="Udgivet")
    ModulePageFactory(parent=academy.modules, title="Kladde", live=False)
    data = graphql.data("query($id: ID) { page(id: $id) { siblings { title } } }", {"id": module.pk})
    assert data["page"]["siblings"] == []


def test_parent_of_top_page_is_null(academy, graphql):
    data = graphql.data("query($id: ID) { page(id: $id) { parent { title } } }", {"id": academy.home.pk})
    assert data["page"]["parent"] is None


def test_ancestors_skip_tree_root(academy, graphql):
    module = ModulePageFactory(parent=academy.modules)
    data = graphql.data("query($id: ID) { page(id: $id) { ancestors { title } } }", {"id": module.pk})
    assert [page["title"] for page in data["page"]["ancestors"]] == [academy.home.title, academy.modules.title]


def test_related_draft_module_is_left_out(academy, graphql):
    published = ModulePageFactory(parent=academy.modules, title="Udgivet")
    draft = ModulePageFactory(parent=academy.modules, title="Kladde", live=False)
    item = InspirationItemPageFactory(parent=academy.inspiration)
    item.related_modules.add(published, draft)
    item.save()
    data = graphql.data("{ inspirationItems { items { relatedModules { title } } } }")
    assert data["inspirationItems"]["items"][0]["relatedModules"] == [{"title": "Udgivet"}]


def test_film_not_ready_is_null_in_body(academy, graphql):
    film = FilmFactory(status=Film.Status.PROCESSING)
    ModulePageFactory(parent=academy.modules, body=body_blocks(film=film))
    data = graphql.data("{ modules { items { body { ... on FilmBlock { film { id } } } } } }")
    film_blocks = [block for block in data["modules"]["items"][0]["body"] if block]
    assert film_blocks[-1]["film"] is None


def test_films_list_skips_films_not_ready(graphql):
    FilmFactory(title="Klar")
    FilmFactory(title="Fejlet", status=Film.Status.FAILED)
    data = graphql.data("{ films { totalCount items { title } } }")
    assert [film["title"] for film in data["films"]["items"]] == ["Klar"]


def test_deleted_body_image_is_null(academy, graphql):
    image = ImageFactory()
    ModulePageFactory(parent=academy.modules, title="Med billede", body=body_blocks(image=image))
    image.delete()
    data = graphql.data("{ modules { items { title body { ... on ImageBlock { image { id } caption } } } } }")
    module = data["modules"]["items"][0]
    image_block = module["body"][1]
    assert module["title"] == "Med billede"
    assert image_block["image"] is None
    assert image_block["caption"] == "Et billede"


def test_deleted_document_in_body_is_null(academy, graphql):
    document = DocumentFactory()
    ModulePageFactory(parent=academy.modules, body=body_blocks(document=document))
    document.delete()
    data = graphql.data("{ modules { items { body { ... on DocumentBlock { document { id } } } } } }")
    assert data["modules"]["items"][0]["body"][1]["document"] is None


def test_deleted_film_in_body_is_null(academy, graphql):
    film = FilmFactory()
    ModulePageFactory(parent=academy.modules, body=body_blocks(film=film))
    film.delete()
    data = graphql.data("{ modules { items { body { ... on FilmBlock { film { id } } } } } }")
    assert data["modules"]["items"][0]["body"][1]["film"] is None


def test_empty_image_chooser_is_null(academy, graphql):
    ModulePageFactory(parent=academy.modules)
    data = graphql.data("{ modules { items { image { id } } } }")
    assert data["modules"]["items"][0]["image"] is None


def test_deleted_image_foreign_key_is_null(academy, graphql):
    image = ImageFactory()
    ModulePageFactory(parent=academy.modules, image=image)
    image.delete()
    data = graphql.data("{ modules { items { image { id } } } }")
    assert data["modules"]["items"][0]["image"] is None


def test_unpublished_contributing_centre_is_null(academy, graphql):
    from tests.factories import CentrePageFactory

    centre = CentrePageFactory(parent=academy.centres)
    InspirationItemPageFactory(parent=academy.inspiration, contributing_centre=centre)
    centre.unpublish()
    data = graphql.data("{ inspirationItems { items { title contributingCentre { id } } } }")
    assert data["inspirationItems"]["items"][0]["contributingCentre"] is None


def test_expired_page_is_hidden_before_unpublishing(academy, graphql):
    ModulePageFactory(parent=academy.modules, expire_at=timezone.now() - datetime.timedelta(minutes=1))
    data = graphql.data("{ modules { totalCount } }")
    assert data["modules"]["totalCount"] == 0
