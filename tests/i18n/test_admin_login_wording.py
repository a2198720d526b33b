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


def test_wrong_password_message_is_capitalised(client, reader):
    response = client.post("/admin/login/", {"username": "anna", "password": "forkert-kode"})
    assert "Adgangskoden passer ikke til det angivne brugernavn. Prøv igen." in response.content.decode()


@pytest.mark.django_db
def test_username_placeholder_is_danish(client):
    html = client.get("/admin/login/").content.decode()
    assert 'placeholder="Skriv brugernavn"' in html
