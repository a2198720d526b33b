"""What a server-to-server API key reads: published content for its audience, and no restricted content."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import BaseViewRestriction, PageViewRestriction

from cms.accounts.models import APIKey
from pages.models.choices import Audience
from tests.access.graphql_client import post_graphql
from tests.factories import ModulePageFactory


def api_key_client(audience):
    api_key = APIKey(name=f"Build for {audience}", audience=audience)
    key = api_key.set_new_key()
    api_key.save()
    return Client(headers={"Authorization": f"Api-Key {key}"})


@pytest.fixture
def modules(academy):
    ModulePageFactory(parent=academy.modules, title="For frivillige", audience=Audience.VOLUNTEERS)
    ModulePageFactory(parent=academy.modules, title="For ansatte", audience=Audience.STAFF)
    ModulePageFactory(parent=academy.modules, title="For alle", audience=Audience.BOTH)
    ModulePageFactory(parent=academy.modules, title="Kladde", live=False)
    login_only = ModulePageFactory(parent=academy.modules, title="Kun logget ind")
    PageViewRestriction.objects.create(page=login_only, restriction_type=BaseViewRestriction.LOGIN)
    group_only = ModulePageFactory(parent=academy.modules, title="Kun mentorer")
    restriction = PageViewRestriction.objects.create(page=group_only, restriction_type=BaseViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.create(name="Mentorer")])


def module_titles(client):
    response = post_graphql(client, "{ modules(limit: 100) { items { title } } }")
    return {item["title"] for item in response.json()["data"]["modules"]["items"]}


def test_volunteer_key_reads_volunteer_modules(modules):
    assert module_titles(api_key_client("volunteers")) == {"For frivillige", "For alle"}


def test_staff_key_reads_every_audience(modules):
    assert module_titles(api_key_client("staff")) == {"For frivillige", "For ansatte", "For alle"}


def test_revoked_key_reads_nothing(modules):
    api_key = APIKey(name="Old build", audience="staff")
    key = api_key.set_new_key()
    api_key.save()
    api_key.revoke()
    response = post_graphql(Client(), "{ modules { items { title } } }", Authorization=f"Api-Key {key}")
    assert response.status_code == 401
