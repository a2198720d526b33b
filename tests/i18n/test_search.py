"""Danish full-text search on PostgreSQL: stemming for plain and phrase queries, no folding of æ, ø and å."""

import pytest
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Phrase, PlainText

from pages.models import ModulePage
from tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def modules(academy):
    """Index a few live module pages with inflected Danish words."""
    pages = {
        "films": ModulePageFactory(
            parent=academy.modules,
            title="Filmene fra centrene",
            summary="Se filmene om den gode samtale.",
        ),
        "modules": ModulePageFactory(
            parent=academy.modules,
            title="Om modulerne",
            summary="Sådan er modulerne bygget op.",
        ),
        "year": ModulePageFactory(
            parent=academy.modules,
            title="Et år som frivillig",
            summary="Hvad sker der på et år?",
        ),
        "scar": ModulePageFactory(
            parent=academy.modules,
            title="Ar på sjælen",
            summary="Om de ar, som svære oplevelser sætter.",
        ),
    }
    return pages


def search(query):
    return {page.pk for page in get_search_backend().search(query, ModulePage.objects.live())}


def test_search_backend_uses_danish_config():
    assert get_search_backend().config == "danish"


def test_plain_query_finds_definite_plural(modules):
    assert modules["films"].pk in search("film")


def test_plain_query_finds_other_inflection(modules):
    assert modules["modules"].pk in search("modul")


def test_plain_query_object_finds_inflection(modules):
    assert modules["films"].pk in search(PlainText("filmen"))


def test_phrase_query_finds_inflected_phrase(modules):
    assert modules["films"].pk in search(Phrase("gode samtaler"))


def test_phrase_query_keeps_word_order(modules):
    assert modules["films"].pk not in search(Phrase("samtale gode"))


def test_aa_letter_is_not_folded_to_a(modules):
    assert search("år") == {modules["year"].pk}


def test_a_is_not_folded_from_aa_letter(modules):
    assert search("ar") == {modules["scar"].pk}


def test_oe_letter_matches_only_itself(modules):
    assert search("sjælen") == {modules["scar"].pk}
