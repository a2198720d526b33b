"""The "Proposals waiting" report of contributions and learning events not yet promoted."""

import pytest
from django.urls import reverse

from pages.moderation.promotion import TARGET_MODULE, promote
from tests.factories import ContributionPageFactory, LearningEventPageFactory, ThemeFactory


@pytest.fixture
def proposals(moderated):
    other_theme = ThemeFactory(name="Sparring", slug="sparring")
    coffee = ContributionPageFactory(parent=moderated.odense, title="Velkomstkaffe")
    coffee.themes.set([moderated.theme])
    coffee.save_revision().publish()
    event = LearningEventPageFactory(
        parent=moderated.aarhus, title="Temadag om sparring", theme=other_theme, proposed_as_formal_learning=True
    )
    event.save_revision().publish()
    LearningEventPageFactory(parent=moderated.aarhus, title="Julefrokost").save_revision().publish()
    ContributionPageFactory(parent=moderated.odense, title="Kladde", live=False)
    return {"coffee": coffee, "event": event, "other_theme": other_theme}


def _report(client, user, **params):
    client.force_login(user)
    return client.get(reverse("moderation_proposals"), params)


def test_report_lists_proposals(client, moderated, proposals):
    content = _report(client, moderated.reviewer).content.decode()
    assert "Velkomstkaffe" in content
    assert "Temadag om sparring" in content


def test_report_leaves_out_unproposed_and_drafts(client, moderated, proposals):
    content = _report(client, moderated.reviewer).content.decode()
    assert "Julefrokost" not in content
    assert "Kladde" not in content


def test_report_leaves_out_promoted(client, moderated, proposals):
    promote(proposals["coffee"], TARGET_MODULE, moderated.reviewer)
    content = _report(client, moderated.reviewer).content.decode()
    assert "Velkomstkaffe" not in content


def test_report_filters_by_centre(client, moderated, proposals):
    content = _report(client, moderated.reviewer, centre=moderated.aarhus.pk).content.decode()
    assert "Temadag om sparring" in content
    assert "Velkomstkaffe" not in content


def test_report_filters_by_theme(client, moderated, proposals):
    content = _report(client, moderated.reviewer, theme=moderated.theme.pk).content.decode()
    assert "Velkomstkaffe" in content
    assert "Temadag om sparring" not in content


def test_report_exports_csv(client, moderated, proposals):
    response = _report(client, moderated.reviewer, export="csv")
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Velkomstkaffe" in content
    assert "headspace Odense" in content


def test_report_rejects_centre_editor(client, moderated, proposals):
    response = _report(client, moderated.odense_editor)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_report_queries_do_not_grow_with_rows(client, moderated, proposals, django_assert_max_num_queries):
    client.force_login(moderated.reviewer)
    client.get(reverse("moderation_proposals"))
    queries_for_two_rows = _count_queries(client)
    for number in range(5):
        ContributionPageFactory(parent=moderated.aarhus, title=f"Ekstra {number}").save_revision().publish()

    with django_assert_max_num_queries(queries_for_two_rows):
        response = client.get(reverse("moderation_proposals"))

    assert "Ekstra 4" in response.content.decode()


def _count_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        client.get(reverse("moderation_proposals"))
    return len(context.captured_queries)
