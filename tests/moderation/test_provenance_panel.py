"""The read-only provenance panel of a module shows a dash for an empty link, never "None"."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import ModulePageFactory

READ_ONLY_VALUE = re.compile(r'<div class="w-field__textoutput"[^>]*>\s*(.*?)\s*</div>', re.DOTALL)


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("redaktoer", "redaktoer@example.org", "hemmeligt-kodeord-1")
    client.force_login(user)
    return user


def read_only_values(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return READ_ONLY_VALUE.findall(response.content.decode())


def test_empty_provenance_shows_dash(client, editor, academy):
    module = ModulePageFactory(parent=academy.modules)
    values = read_only_values(client, module)
    assert len(values) == 4
    assert values == ["—"] * 4


def test_provenance_shows_source_page(client, editor, academy):
    module = ModulePageFactory(parent=academy.modules, source_page=academy.centres)
    values = read_only_values(client, module)
    assert academy.centres.title in values
    assert "None" not in values
