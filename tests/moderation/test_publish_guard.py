"""The accessibility rule holds for every publish: direct, workflow, bulk, scheduled and code."""

import pytest
from django.urls import reverse

from pages.moderation.accessibility import FilmsNotAccessible
from tests.factories import ContributionPageFactory
from tests.moderation.factories import FilmFactory
from tests.moderation.helpers import contribution_form_data, film_block, film_form_block


@pytest.fixture
def unready_film():
    return FilmFactory(status="processing", title="Halvfærdig film")


def test_direct_publish_with_bad_film_rejected(client, moderated, draft_contribution, unready_film):
    client.force_login(moderated.reviewer)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_contribution.pk]),
        contribution_form_data(
            draft_contribution, body=[film_form_block(unready_film)], **{"action-publish": "Publish"}
        ),
        follow=True,
    )

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live
    assert "Halvfærdig film" in response.content.decode()


def test_rejected_direct_publish_keeps_draft(client, moderated, draft_contribution, unready_film):
    client.force_login(moderated.reviewer)

    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_contribution.pk]),
        contribution_form_data(
            draft_contribution, body=[film_form_block(unready_film)], summary="Nyt resumé", **{"action-publish": "Publish"}
        ),
    )

    draft_contribution.refresh_from_db()
    assert draft_contribution.get_latest_revision_as_object().summary == "Nyt resumé"


def test_direct_publish_with_ready_film(client, moderated, draft_contribution):
    client.force_login(moderated.reviewer)

    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_contribution.pk]),
        contribution_form_data(draft_contribution, body=[film_form_block(FilmFactory())], **{"action-publish": "Publish"}),
    )

    draft_contribution.refresh_from_db()
    assert draft_contribution.live


def test_publish_in_code_rejected(moderated, draft_contribution, unready_film):
    draft_contribution.body = [film_block(unready_film)]
    revision = draft_contribution.save_revision()

    with pytest.raises(FilmsNotAccessible):
        revision.publish()

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live


def test_bulk_publish_rejected(client, moderated, unready_film):
    page = ContributionPageFactory(parent=moderated.odense, live=False)
    page.body = [film_block(unready_film)]
    page.save_revision()
    client.force_login(moderated.reviewer)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"

    response = client.post(url, {"include_descendants": ""})

    page.refresh_from_db()
    assert response.status_code == 302
    assert not page.live


def test_bulk_publish_of_descendants_rejected(client, moderated, unready_film):
    page = ContributionPageFactory(parent=moderated.odense, live=False)
    page.body = [film_block(unready_film)]
    page.save_revision()
    client.force_login(moderated.reviewer)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={moderated.odense.pk}"

    response = client.post(url, {"include_descendants": "on"})

    page.refresh_from_db()
    assert response.status_code == 302
    assert not page.live


def test_bulk_publish_with_ready_film(client, moderated):
    page = ContributionPageFactory(parent=moderated.odense, live=False)
    page.body = [film_block(FilmFactory())]
    page.save_revision()
    client.force_login(moderated.reviewer)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"

    client.post(url, {"include_descendants": ""})

    page.refresh_from_db()
    assert page.live


def test_film_in_nested_block_is_checked(moderated, draft_contribution, unready_film):
    from pages.moderation.accessibility import films_on_page

    draft_contribution.body = [("paragraph", "<p>Tekst</p>"), film_block(unready_film)]

    assert films_on_page(draft_contribution) == [unready_film]


def test_extracted_poster_counts(moderated, draft_contribution):
    from tests.moderation.factories import ImageFactory

    film = FilmFactory(poster=None, extracted_poster=ImageFactory())
    draft_contribution.body = [film_block(film)]

    draft_contribution.save_revision().publish()

    draft_contribution.refresh_from_db()
    assert draft_contribution.live
