"""Promotion of approved contributions and proposed learning events to formal learning, with provenance."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from pages.models import InspirationItemPage, ModulePage, ReviewTask
from pages.moderation.promotion import TARGET_INSPIRATION, TARGET_MODULE, promote
from tests.factories import ContributionPageFactory, LearningEventPageFactory
from tests.moderation.helpers import current_task_state

CONTRIBUTED_BY_QUERY = """
query ($id: ID!) {
  module(id: $id) {
    title
    contributedBy {
      centre { name }
      sourcePage { title }
      learningEvent { title }
      theme { slug }
    }
  }
}
"""


@pytest.fixture
def approved_contribution(moderated):
    page = ContributionPageFactory(
        parent=moderated.odense, title="Velkomstkaffe", slug="velkomstkaffe", kind="method", summary="Kaffe hjælper."
    )
    page.themes.set([moderated.theme])
    page.save_revision(user=moderated.odense_editor).publish()
    return page


@pytest.fixture
def proposed_event(moderated):
    event = LearningEventPageFactory(
        parent=moderated.aarhus,
        title="Temadag om modtagelse",
        theme=moderated.theme,
        outcome="<p>Vi lærte at byde velkommen.</p>",
        proposed_as_formal_learning=True,
    )
    event.save_revision().publish()
    return event


def test_promotion_creates_draft_module(moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)

    assert isinstance(module, ModulePage)
    assert not module.live
    assert module.get_parent().specific == moderated.modules


def test_promotion_copies_content(moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)

    assert module.title == "Velkomstkaffe"
    assert module.summary == "Kaffe hjælper."
    assert list(module.themes.all()) == [moderated.theme]


def test_promotion_keeps_provenance(moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)

    module.refresh_from_db()
    assert module.source_centre_id == moderated.odense.pk
    assert module.source_page_id == approved_contribution.pk
    assert module.source_theme_id == moderated.theme.pk


def test_promotion_enters_workflow(moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)

    assert isinstance(current_task_state(module).task.specific, ReviewTask)


def test_promotion_to_catalogue_credits_centre(moderated, approved_contribution):
    item = promote(approved_contribution, TARGET_INSPIRATION, moderated.reviewer)

    assert isinstance(item, InspirationItemPage)
    assert item.contributing_centre_id == moderated.odense.pk
    assert item.kind == "method"
    assert item.get_parent().specific == moderated.inspiration


def test_event_promotion_keeps_event(moderated, proposed_event):
    module = promote(proposed_event, TARGET_MODULE, moderated.reviewer)

    assert module.source_learning_event_id == proposed_event.pk
    assert module.source_centre_id == moderated.aarhus.pk
    assert module.title == moderated.theme.name
    assert "Vi lærte at byde velkommen." in module.summary


def test_unproposed_event_cannot_be_promoted(moderated, proposed_event):
    proposed_event.proposed_as_formal_learning = False
    proposed_event.save()

    with pytest.raises(ValidationError):
        promote(proposed_event, TARGET_MODULE, moderated.reviewer)


def test_draft_contribution_cannot_be_promoted(moderated, draft_contribution):
    with pytest.raises(ValidationError):
        promote(draft_contribution, TARGET_MODULE, moderated.reviewer)


def test_promotion_happens_once(moderated, approved_contribution):
    promote(approved_contribution, TARGET_MODULE, moderated.reviewer)

    with pytest.raises(ValidationError):
        promote(approved_contribution, TARGET_INSPIRATION, moderated.reviewer)

    assert ModulePage.objects.filter(source_page=approved_contribution).count() == 1


def test_editor_cannot_promote(moderated, approved_contribution):
    with pytest.raises(PermissionDenied):
        promote(approved_contribution, TARGET_MODULE, moderated.odense_editor)


def test_promote_view_creates_draft(client, moderated, approved_contribution):
    client.force_login(moderated.reviewer)

    response = client.post(reverse("moderation_promote", args=[approved_contribution.pk]), {"target": "module"})

    module = ModulePage.objects.get(source_page=approved_contribution)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[module.pk])


def test_promote_view_rejects_editor(client, moderated, approved_contribution):
    client.force_login(moderated.odense_editor)

    response = client.post(reverse("moderation_promote", args=[approved_contribution.pk]), {"target": "module"})

    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard with an error message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not ModulePage.objects.filter(source_page=approved_contribution).exists()


def test_promote_view_rejects_unknown_target(client, moderated, approved_contribution):
    client.force_login(moderated.reviewer)

    response = client.post(reverse("moderation_promote", args=[approved_contribution.pk]), {"target": "wiki"})

    assert response.status_code == 200
    assert not ModulePage.objects.filter(source_page=approved_contribution).exists()


def test_provenance_shown_in_editor(client, moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)
    client.force_login(moderated.reviewer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))

    assert response.status_code == 200
    assert "headspace Odense" in response.content.decode()


def test_promote_button_in_page_header(client, moderated, approved_contribution):
    client.force_login(moderated.reviewer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[approved_contribution.pk]))

    assert reverse("moderation_promote", args=[approved_contribution.pk]) in response.content.decode()


def test_graphql_serves_contributed_by(graphql, moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)
    module.get_latest_revision().publish()

    data = graphql.data(CONTRIBUTED_BY_QUERY, {"id": module.pk})

    contributed_by = data["module"]["contributedBy"]
    assert contributed_by["centre"] == {"name": "headspace Odense"}
    assert contributed_by["sourcePage"] == {"title": "Velkomstkaffe"}
    assert contributed_by["learningEvent"] is None
    assert contributed_by["theme"] == {"slug": "den-gode-modtagelse"}


def test_graphql_hides_unpublished_source(graphql, moderated, approved_contribution):
    module = promote(approved_contribution, TARGET_MODULE, moderated.reviewer)
    module.get_latest_revision().publish()
    approved_contribution.unpublish()

    data = graphql.data(CONTRIBUTED_BY_QUERY, {"id": module.pk})

    assert data["module"]["contributedBy"]["sourcePage"] is None


def test_graphql_contributed_by_null_when_not_promoted(graphql, moderated):
    from tests.factories import ModulePageFactory

    module = ModulePageFactory(parent=moderated.modules)

    data = graphql.data(CONTRIBUTED_BY_QUERY, {"id": module.pk})

    assert data["module"]["contributedBy"] is None
