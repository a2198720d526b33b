"""Account screens in a real browser: an admin creates an API key and signs a person out everywhere."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect, sync_playwright

from cms.accounts.models import APIKey, digest
from cms.accounts.roles import Role
from cms.accounts.tokens import issue_token_pair, user_for_access_token
from tests.access.factories import person
from tests.browser import launch_chromium

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]



@pytest.fixture
def admin_page(live_server, django_user_model, monkeypatch):
    # Playwright's sync API runs an event loop in this thread, which makes Django
    # refuse ORM calls from the test body without this.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    django_user_model.objects.create_superuser("admin", "admin@example.dk", "hemmeligt-kodeord-1")
    client = Client()
    client.login(username="admin", password="hemmeligt-kodeord-1")
    session_cookie = client.cookies["sessionid"].value

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context()
        context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": live_server.url}])
        page = context.new_page()
        page.live_server_url = live_server.url
        yield page
        browser.close()


def test_admin_creates_api_key_shown_once(admin_page):
    admin_page.goto(f"{admin_page.live_server_url}/admin/api_keys/new/")
    admin_page.fill("input[name=name]", "Web site build")
    admin_page.select_option("select[name=audience]", "volunteers")
    admin_page.locator("#w-editor-form button[type=submit]").first.click()

    key_element = admin_page.locator("[data-api-key]")
    expect(key_element).to_be_visible()
    key = key_element.inner_text().strip()
    assert re.fullmatch(r"hsk_[\w-]{43}", key)
    assert APIKey.objects.get().digest == digest(key)

    admin_page.goto(f"{admin_page.live_server_url}/admin/api_keys/")
    expect(admin_page.get_by_text("Web site build")).to_be_visible()
    assert key not in admin_page.content()


def test_admin_signs_person_out_everywhere(admin_page):
    reader = person([Role.VOLUNTEER], username="mette")
    pair = issue_token_pair(reader)

    admin_page.goto(f"{admin_page.live_server_url}/admin/accounts/revoke-sign-ins/{reader.pk}/")
    admin_page.locator("[data-revoke-sign-ins-form] button[type=submit]").click()
    admin_page.wait_for_url("**/admin/users/**")

    assert user_for_access_token(pair.access_token) is None
