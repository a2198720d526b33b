"""Fixtures for moderation: an academy set up by ``setup_centres``, two centres and their people."""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from pages.moderation.centres import ACADEMY_TEAM_GROUP
from tests.factories import CentrePageFactory, ContributionPageFactory, ThemeFactory
from tests.graphql.conftest import GraphQLClient
from tests.moderation.factories import UserFactory


@pytest.fixture
def moderated(academy):
    """Return the academy with two centres, their editors, a reviewer and the workflow in place."""
    odense = CentrePageFactory(parent=academy.centres, title="headspace Odense", slug="odense")
    aarhus = CentrePageFactory(parent=academy.centres, title="headspace Aarhus", slug="aarhus", city="Aarhus")
    call_command("setup_centres", stdout=StringIO())
    academy_team = Group.objects.get(name=ACADEMY_TEAM_GROUP)
    return SimpleNamespace(
        **vars(academy),
        odense=odense,
        aarhus=aarhus,
        academy_team=academy_team,
        odense_editor=UserFactory(username="odense-redaktoer", groups=[odense.access.editors_group]),
        aarhus_editor=UserFactory(username="aarhus-redaktoer", groups=[aarhus.access.editors_group]),
        reviewer=UserFactory(username="anmelder", groups=[academy_team]),
        second_reviewer=UserFactory(username="anden-anmelder", groups=[academy_team]),
        theme=ThemeFactory(name="Den gode modtagelse", slug="den-gode-modtagelse"),
    )


@pytest.fixture
def draft_contribution(moderated):
    """Return a draft contribution in Odense, saved as a revision by Odense's editor."""
    page = ContributionPageFactory(
        parent=moderated.odense, title="Velkomstkaffe", slug="velkomstkaffe", live=False, owner=moderated.odense_editor
    )
    page.themes.set([moderated.theme])
    page.save_revision(user=moderated.odense_editor)
    return page


@pytest.fixture
def graphql(db):
    """Return a JSON client for /graphql/ that reads everything published, as the web site's build does."""
    client = GraphQLClient()
    client.client.defaults["HTTP_AUTHORIZATION"] = f"Api-Key {make_api_key()}"
    return client


def make_api_key():
    """Create a staff-audience API key and return the key itself."""
    from cms.accounts.models import APIKey

    api_key = APIKey(name="Moderation tests", audience="staff")
    key = api_key.set_new_key()
    api_key.save()
    return key
