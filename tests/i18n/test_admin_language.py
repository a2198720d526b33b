"""The admin is Danish by default; each user switches between Danish and English in account settings."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    """Return a signed-in superuser with no language preference of their own."""
    user = get_user_model().objects.create_superuser(
        username="redaktoer",
        email="redaktoer@example.org",
        password="hemmeligt-kodeord-1",
        first_name="Rikke",
        last_name="Redaktør",
    )
    client.force_login(user)
    return user


def account_settings_post(client, editor, language):
    """Post the whole account settings form, as the admin's Save button does, with ``language`` chosen."""
    return client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": editor.first_name,
            "name_email-last_name": editor.last_name,
            "name_email-email": editor.email,
            "locale-preferred_language": language,
            "locale-current_time_zone": "Europe/Copenhagen",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
            "theme-keyboard_shortcuts": "on",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )


def dashboard(client):
    return client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")


def test_dashboard_is_danish_without_preference(client, editor):
    response = dashboard(client)

    assert '<html lang="da"' in response.text


def test_english_browser_does_not_switch_admin(client, editor):
    response = client.get(reverse("wagtailadmin_explore_root"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert '<html lang="da"' in response.text


def test_sign_in_page_is_danish_for_english_browser(client):
    response = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en")

    assert '<html lang="da"' in response.text


def test_account_settings_offer_danish_and_english(client, editor):
    response = client.get(reverse("wagtailadmin_account"))

    assert '<option value="da"' in response.text
    assert '<option value="en"' in response.text


def test_switch_to_english_in_account_settings(client, editor):
    response = account_settings_post(client, editor, "en")

    assert response.status_code == 302
    assert UserProfile.get_for_user(editor).preferred_language == "en"
    assert '<html lang="en"' in dashboard(client).text


def test_switch_back_to_danish_in_account_settings(client, editor):
    account_settings_post(client, editor, "en")

    response = account_settings_post(client, editor, "da")

    assert response.status_code == 302
    assert UserProfile.get_for_user(editor).preferred_language == "da"
    assert '<html lang="da"' in dashboard(client).text

