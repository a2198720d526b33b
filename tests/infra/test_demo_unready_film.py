"""Pages that show a film which is not ready stay drafts, and a later load publishes them."""

import pytest

from media_pipeline.models import Film
from pages.demo.loader import DemoLoader
from pages.models import InspirationItemPage, ModulePage

pytestmark = pytest.mark.slow

FILM_MODULE_SLUG = "introduktion-til-headspace"


class LoaderWithoutPipeline(DemoLoader):
    """The demo loader on a machine where the film pipeline is not installed: films stay uploaded."""

    def process_film(self, film):
        pass


@pytest.fixture
def loaded_without_pipeline(db):
    LoaderWithoutPipeline().load()


def test_page_with_unready_film_stays_draft(loaded_without_pipeline):
    module = ModulePage.objects.get(slug=FILM_MODULE_SLUG)
    assert module.live is False
    assert module.latest_revision is not None


def test_pages_without_film_are_published(loaded_without_pipeline):
    assert ModulePage.objects.exclude(slug=FILM_MODULE_SLUG).filter(live=False).count() == 0


def test_later_load_publishes_when_film_ready(loaded_without_pipeline):
    # The task worker's part, done directly: the film is processed.
    Film.objects.update(status=Film.Status.READY)

    LoaderWithoutPipeline().load()

    assert ModulePage.objects.get(slug=FILM_MODULE_SLUG).live is True
    assert not InspirationItemPage.objects.filter(live=False).exists()
