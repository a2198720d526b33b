"""Danish slugs in code and in URLs; the admin's slug field is covered by the browser test."""

import pytest
from django.test import RequestFactory

from cms.i18n.slugs import danish_slugify
from tests.factories import ModulePageFactory


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Ørsted", "oersted"),
        ("Æbeltoft", "aebeltoft"),
        ("Århus", "aarhus"),
        ("blåbærgrød", "blaabaergroed"),
        ("Den gode modtagelse på centret", "den-gode-modtagelse-paa-centret"),
        ("ÆØÅ æøå", "aeoeaa-aeoeaa"),
        ("Café & idé", "cafe-ide"),
        ("  Tavshedspligt: hvad må jeg?  ", "tavshedspligt-hvad-maa-jeg"),
    ],
)
def test_danish_slugify(title, slug):
    assert danish_slugify(title) == slug


def test_danish_slugify_with_unicode_allowed():
    assert danish_slugify("Søndag på Ærø", allow_unicode=True) == "soendag-paa-aeroe"


@pytest.mark.django_db
def test_page_without_slug_gets_danish_slug(academy):
    page = ModulePageFactory(parent=academy.modules, title="Første samtale på Ærø", slug="")

    assert page.slug == "foerste-samtale-paa-aeroe"


@pytest.mark.django_db
def test_page_without_slug_gets_unique_danish_slug(academy):
    ModulePageFactory(parent=academy.modules, title="Åben rådgivning", slug="")

    second = ModulePageFactory(parent=academy.modules, title="Åben rådgivning", slug="")

    assert second.slug == "aaben-raadgivning-2"


@pytest.mark.django_db
def test_page_with_danish_slug_resolves(academy):
    page = ModulePageFactory(parent=academy.modules, title="Sorg og tab i børnehøjde", slug="")
    request = RequestFactory().get(page.url)

    route = academy.home.route(request, ["moduler", page.slug])

    assert page.url == "/moduler/sorg-og-tab-i-boernehoejde/"
    assert route.page.pk == page.pk


@pytest.mark.django_db
def test_promoted_draft_gets_danish_slug(academy):
    from pages.moderation.promotion import _unique_slug

    ModulePageFactory(parent=academy.modules, title="Tavshedspligt på Ærø", slug="")

    assert _unique_slug(academy.modules, "Tavshedspligt på Ærø") == "tavshedspligt-paa-aeroe-2"
