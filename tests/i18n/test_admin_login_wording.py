"""The admin login page reads as Danish: a translated password label and a capitalised error."""

import re

import pytest

LABELS = re.compile(r'<label class="w-field__label"[^>]*>\s*([^<]*?)\s*<span', re.DOTALL)


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("anna", "anna@example.org", "rigtig-kode-123")


@pytest.mark.django_db
def test_login_labels_are_danish(client):
    labels = LABELS.findall(client.get("/admin/login/").content.decode())
    assert labels == ["Brugernavn", "Adgangskode"]
