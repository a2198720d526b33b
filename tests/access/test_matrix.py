"""Every GraphQL path × anonymous, volunteer, staff and an editor of another centre.

One academy is built with content of every kind of visibility. Each path
(list, lookup, tree field, chooser, foreign key, rich-text link, film) is
asked by each reader, and the titles or ids returned are compared with what
that reader may see. Anything outside the expected set is a leak.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction

from cms.accounts.roles import Role
from cms.accounts.tokens import issue_token_pair
from pages.models import ModulePage
from pages.models.choices import Audience
from tests.access.factories import person
from tests.factories import (
    CentrePageFactory,
    ContributionPageFactory,
    InspirationItemPageFactory,
    LearningEventPageFactory,
    ModulePageFactory,
)
from tests.graphql.conftest import body_blocks, rich_text_page_link
from tests.graphql.factories import DocumentFactory, FilmFactory, ImageFactory

READERS = ["anonymous", "volunteer", "staff", "other_editor"]

# Titles of the modules each reader may see.
VOLUNTEERS_MODULE = "For frivillige"
STAFF_MODULE = "For ansatte"
BOTH_MODULE = "For alle"
MENTORS_MODULE = "Kun for mentorer"
LOGIN_MODULE = "For alle der er logget ind"
PASSWORD_MODULE = "Med adgangskode"
DRAFT_MODULE = "Aldrig udgivet"
CHANGED_MODULE = "Udgivet titel"
CHANGED_DRAFT_TITLE = "Ny kladdetitel"

EXPECTED_MODULES = {
    "anonymous": set(),
    "volunteer": {VOLUNTEERS_MODULE, BOTH_MODULE, MENTORS_MODULE, LOGIN_MODULE, CHANGED_MODULE},
    "staff": {VOLUNTEERS_MODULE, STAFF_MODULE, BOTH_MODULE, LOGIN_MODULE, CHANGED_MODULE},
    "other_editor": {VOLUNTEERS_MODULE, STAFF_MODULE, BOTH_MODULE, LOGIN_MODULE, CHANGED_MODULE},
}
HIDDEN_FROM_EVERYONE = {PASSWORD_MODULE, DRAFT_MODULE, CHANGED_DRAFT_TITLE}


def restrict_page(page, restriction_type, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)
    restriction.groups.set(groups)


@pytest.fixture
def world(academy):
    """Build the academy's content and one signed-in client per reader."""
    mentors = Group.objects.create(name="Mentorer")
    odense = CentrePageFactory(parent=academy.centres, title="headspace Odense", slug="odense")
    aalborg = CentrePageFactory(parent=academy.centres, title="headspace Aalborg", slug="aalborg")
    closed_centre = CentrePageFactory(parent=academy.centres, title="Lukket center", slug="lukket")
    restrict_page(closed_centre, BaseViewRestriction.PASSWORD, password="hemmelig")

    # Media: one image, document and film in the open root collection, and one
    # of each in a child of a collection restricted to the mentors.
    restricted = Collection.get_first_root_node().add_child(name="Fortroligt")
    restricted_child = restricted.add_child(name="Fortroligt – underskov")
    restriction = CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.set([mentors])
    open_image = ImageFactory(title="Åbent billede")
    hidden_image = ImageFactory(title="Fortroligt billede", collection=restricted_child)
    hidden_document = DocumentFactory(title="Fortroligt dokument", collection=restricted_child)
    hidden_film = FilmFactory(title="Fortrolig film", collection=restricted_child)
    open_film = FilmFactory(title="Åben film")

    pages = {}
    pages["volunteers"] = ModulePageFactory(
        parent=academy.modules, title=VOLUNTEERS_MODULE, slug="frivillige", audience=Audience.VOLUNTEERS,
        image=hidden_image,
    )
    pages["staff"] = ModulePageFactory(parent=academy.modules, title=STAFF_MODULE, slug="ansatte", audience=Audience.STAFF)
    pages["draft"] = ModulePageFactory(parent=academy.modules, title=DRAFT_MODULE, slug="kladde", live=False)
    pages["mentors"] = ModulePageFactory(parent=academy.modules, title=MENTORS_MODULE, slug="mentorer")
    restrict_page(pages["mentors"], BaseViewRestriction.GROUPS, groups=[mentors])
    pages["login"] = ModulePageFactory(parent=academy.modules, title=LOGIN_MODULE, slug="logget-ind")
    restrict_page(pages["login"], BaseViewRestriction.LOGIN)
    pages["password"] = ModulePageFactory(parent=academy.modules, title=PASSWORD_MODULE, slug="adgangskode")
    restrict_page(pages["password"], BaseViewRestriction.PASSWORD, password="hemmelig")
    pages["changed"] = ModulePageFactory(parent=academy.modules, title=CHANGED_MODULE, slug="aendret")
    draft_revision = ModulePage.objects.get(pk=pages["changed"].pk)
    draft_revision.title = CHANGED_DRAFT_TITLE
    draft_revision.save_revision()
    pages["both"] = ModulePageFactory(
        parent=academy.modules,
        title=BOTH_MODULE,
        slug="alle",
        image=open_image,
        body=body_blocks(
            image=hidden_image,
            film=hidden_film,
            document=hidden_document,
            rich_text=rich_text_page_link(pages["draft"], "kladden") + rich_text_page_link(pages["staff"], "ansatte"),
        ),
    )

    pages["odense_draft"] = ContributionPageFactory(parent=odense, title="Odenses kladde", slug="odense-kladde", live=False)
    pages["odense_event"] = LearningEventPageFactory(
        parent=odense, title="Arrangement i Odense", slug="odense-arrangement", audience=Audience.BOTH
    )
    pages["staff_event"] = LearningEventPageFactory(
        parent=odense, title="Personalemøde", slug="personalemoede", audience=Audience.STAFF
    )
    pages["closed_event"] = LearningEventPageFactory(
        parent=closed_centre, title="Lukket arrangement", slug="lukket-arrangement", audience=Audience.BOTH
    )
    pages["staff_idea"] = InspirationItemPageFactory(
        parent=academy.inspiration, title="Idé til ansatte", slug="ide-ansatte", audience=Audience.STAFF
    )

    volunteer = person([Role.VOLUNTEER], centre=odense, username="frivillig")
    volunteer.groups.add(mentors)
    staff = person([Role.STAFF], centre=odense, username="ansat")
    other_editor = person([Role.CENTRE_EDITOR], centre=aalborg, username="redaktoer-aalborg")

    clients = {"anonymous": Client()}
    for name, user in [("volunteer", volunteer), ("staff", staff), ("other_editor", other_editor)]:
        token = issue_token_pair(user).access_token
        clients[name] = Client(headers={"Authorization": f"Bearer {token}"})
    return {"pages": pages, "clients": clients, "open_film": open_film, "hidden_film": hidden_film}


def data(client, query, variables=None):
    response = client.post(
        "/graphql/", json.dumps({"query": query, "variables": variables or {}}), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]


def titles(items):
    return {item["title"] for item in items if item}


@pytest.mark.parametrize("reader", READERS)
def test_module_list(world, reader):
    found = titles(data(world["clients"][reader], "{ modules(limit: 100) { items { title } } }")["modules"]["items"])
    assert found == EXPECTED_MODULES[reader]


@pytest.mark.parametrize("reader", READERS)
def test_module_lookup_by_slug(world, reader):
    for key, page in world["pages"].items():
        if not key in {"volunteers", "staff", "draft", "mentors", "login", "password", "changed", "both"}:
            continue
        found = data(world["clients"][reader], "query($slug: String) { module(slug: $slug) { title } }", {"slug": page.slug})
        expected = page.title if page.title in EXPECTED_MODULES[reader] else None
        if key == "changed":
            expected = CHANGED_MODULE if reader != "anonymous" else None
        assert (found["module"] or {}).get("title") == expected, key


@pytest.mark.parametrize("reader", READERS)
def test_page_lookup_by_id(world, reader):
    for key, page in world["pages"].items():
        found = data(world["clients"][reader], "query($id: ID) { page(id: $id) { title } }", {"id": page.pk})["page"]
        assert (found is not None) == _visible(reader, key), key


@pytest.mark.parametrize("reader", READERS)
def test_page_lookup_by_url_path(world, reader):
    for key in ["volunteers", "staff", "draft", "mentors", "password"]:
        page = world["pages"][key]
        found = data(world["clients"][reader], "query($path: String) { page(urlPath: $path) { title } }", {"path": f"/moduler/{page.slug}/"})
        assert (found["page"] is not None) == _visible(reader, key), key


VISIBILITY = {
    # key: readers that may see the page
    "volunteers": {"volunteer", "staff", "other_editor"},
    "staff": {"staff", "other_editor"},
    "draft": set(),
    "mentors": {"volunteer"},
    "login": {"volunteer", "staff", "other_editor"},
    "password": set(),
    "changed": {"volunteer", "staff", "other_editor"},
    "both": {"volunteer", "staff", "other_editor"},
    "odense_draft": set(),
    "odense_event": {"volunteer", "staff", "other_editor"},
    "staff_event": {"staff", "other_editor"},
    "closed_event": set(),
    "staff_idea": {"staff", "other_editor"},
}


def _visible(reader, key):
    return reader in VISIBILITY[key]


@pytest.mark.parametrize("reader", READERS)
def test_tree_children_and_descendants(world, reader, academy):
    query = "query($id: ID) { page(id: $id) { children(limit: 100) { title } descendants(limit: 100) { title } } }"
    found = data(world["clients"][reader], query, {"id": academy.home.pk})["page"]
    if reader == "anonymous":
        assert found is None
        return
    seen = titles(found["children"]) | titles(found["descendants"])
    allowed = {page.title for key, page in world["pages"].items() if _visible(reader, key)}
    hidden = {page.title for key, page in world["pages"].items() if not _visible(reader, key)} - allowed
    assert not seen & hidden
    assert not seen & HIDDEN_FROM_EVERYONE
    assert allowed <= seen


@pytest.mark.parametrize("reader", READERS)
def test_tree_siblings_parent_ancestors(world, reader):
    query = """query($id: ID) { page(id: $id) {
        siblings(limit: 100) { title } parent { title } ancestors(limit: 100) { title } } }"""
    found = data(world["clients"][reader], query, {"id": world["pages"]["volunteers"].pk})["page"]
    if reader == "anonymous":
        assert found is None
        return
    siblings = titles(found["siblings"])
    assert siblings == EXPECTED_MODULES[reader] - {VOLUNTEERS_MODULE}
    assert found["parent"]["title"] == "Moduler"


@pytest.mark.parametrize("reader", READERS)
def test_closed_centre_subtree_hidden(world, reader, academy):
    query = "query($id: ID) { page(id: $id) { descendants(limit: 100) { title } } }"
    found = data(world["clients"][reader], query, {"id": academy.centres.pk})["page"]
    if reader == "anonymous":
        assert found is None
        return
    seen = titles(found["descendants"])
    assert "Lukket center" not in seen
    assert "Lukket arrangement" not in seen
    assert "Odenses kladde" not in seen


@pytest.mark.parametrize("reader", READERS)
def test_learning_events_list(world, reader):
    found = titles(data(world["clients"][reader], "{ learningEvents(limit: 100, when: ALL) { items { title } } }")["learningEvents"]["items"])
    expected = {world["pages"][key].title for key in ["odense_event", "staff_event", "closed_event"] if _visible(reader, key)}
    assert found == expected


@pytest.mark.parametrize("reader", READERS)
def test_inspiration_list(world, reader):
    found = titles(data(world["clients"][reader], "{ inspirationItems(limit: 100) { items { title } } }")["inspirationItems"]["items"])
    assert found == ({"Idé til ansatte"} if _visible(reader, "staff_idea") else set())


@pytest.mark.parametrize("reader", READERS)
def test_contributions_list(world, reader):
    found = titles(data(world["clients"][reader], "{ contributions(limit: 100) { items { title } } }")["contributions"]["items"])
    assert "Odenses kladde" not in found


@pytest.mark.parametrize("reader", READERS)
def test_image_foreign_key_in_restricted_collection(world, reader):
    query = "query($slug: String) { module(slug: $slug) { image { title } } }"
    found = data(world["clients"][reader], query, {"slug": "frivillige"})["module"]
    if reader == "anonymous":
        assert found is None
    elif reader == "volunteer":
        assert found["image"]["title"] == "Fortroligt billede"
    else:
        assert found["image"] is None


@pytest.mark.parametrize("reader", READERS)
def test_image_foreign_key_in_open_collection(world, reader):
    found = data(world["clients"][reader], '{ module(slug: "alle") { image { title } } }')["module"]
    if reader == "anonymous":
        assert found is None
    else:
        assert found["image"]["title"] == "Åbent billede"


@pytest.mark.parametrize("reader", READERS)
def test_stream_field_choosers(world, reader):
    query = """{ module(slug: "alle") { body {
        ... on ImageBlock { image { title } }
        ... on FilmBlock { film { title } }
        ... on DocumentBlock { document { title } }
    } } }"""
    found = data(world["clients"][reader], query)["module"]
    if reader == "anonymous":
        assert found is None
        return
    chosen = [value for block in found["body"] for value in block.values()]
    member = reader == "volunteer"
    assert ({"title": "Fortroligt billede"} in chosen) == member
    assert ({"title": "Fortrolig film"} in chosen) == member
    assert ({"title": "Fortroligt dokument"} in chosen) == member


@pytest.mark.parametrize("reader", READERS)
def test_rich_text_links(world, reader):
    found = data(world["clients"][reader], '{ module(slug: "alle") { body { ... on RichTextBlock { value } } } }')["module"]
    if reader == "anonymous":
        assert found is None
        return
    html = "".join(block.get("value") or "" for block in found["body"])
    assert "/kladde/" not in html
    assert ("/ansatte/" in html) == _visible(reader, "staff")


@pytest.mark.parametrize("reader", READERS)
def test_films_list_and_lookup(world, reader):
    client = world["clients"][reader]
    found = titles(data(client, "{ films(limit: 100) { items { title } } }")["films"]["items"])
    hidden = data(client, "query($id: ID!) { film(id: $id) { title } }", {"id": world["hidden_film"].pk})["film"]
    if reader == "anonymous":
        assert found == set()
    else:
        assert "Åben film" in found
    assert ("Fortrolig film" in found) == (reader == "volunteer")
    assert (hidden is not None) == (reader == "volunteer")


@pytest.mark.parametrize("reader", READERS)
def test_themes_and_centres_need_reader(world, reader):
    found = data(world["clients"][reader], "{ centres(limit: 100) { items { name } } themes { items { name } } }")
    names = {item["name"] for item in found["centres"]["items"]}
    if reader == "anonymous":
        assert names == set()
        assert found["themes"]["items"] == []
    else:
        assert "headspace Odense" in names
        assert "Lukket center" not in names
