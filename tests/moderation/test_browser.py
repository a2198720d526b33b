"""The moderation round trip in the real admin, in headless Debian Chromium.

A centre editor writes a contribution with a film and submits it. A reviewer
comments and requests changes, and the editor fixes it and resubmits. The
reviewer approves it, it appears over GraphQL, and the reviewer promotes it to
a module. Screenshots go to artifacts/screenshots/moderation/ (full size, not
committed) and reduced copies for the guide beside them; with
UPDATE_DOC_SCREENSHOTS=1 the reduced copies replace docs/screenshots/moderation-*.png.
"""

import json
import os
import urllib.request
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from PIL import Image
from playwright.sync_api import expect, sync_playwright

from pages.models import ContributionPage, ModulePage
from pages.moderation.centres import ACADEMY_TEAM_GROUP
from tests.browser import launch_chromium
from tests.factories import CentrePageFactory, ThemeFactory
from tests.moderation.conftest import make_api_key
from tests.moderation.factories import FilmFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots" / "moderation"
# Writing into docs/ only on request keeps a test run from dirtying the work tree.
DOCS_SCREENSHOTS = (
    Path(settings.BASE_DIR) / "docs" / "screenshots" if os.environ.get("UPDATE_DOC_SCREENSHOTS") else ARTIFACTS
)
DOCS_WIDTH = 960
PASSWORD = "hemmeligt-kodeord-1"

CONTRIBUTION_QUERY = """
query ($id: ID!) { contribution(id: $id) { title summary } }
"""


def save_screenshot(page, name):
    """Save a full-size screenshot as an artifact and a reduced copy for the guide."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    full_size = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(full_size), full_page=True)
    with Image.open(full_size) as image:
        height = round(image.height * DOCS_WIDTH / image.width)
        reduced = image.convert("RGB").resize((DOCS_WIDTH, height), Image.Resampling.LANCZOS)
        reduced.quantize(colors=128).save(DOCS_SCREENSHOTS / f"moderation-{name}.png", optimize=True)


def sign_in(browser, base_url, username):
    """Return a new browser page signed in to the admin as ``username``."""
    context = browser.new_context(locale="da-DK", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    return page


def open_action_menu(page):
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()


def click_and_wait(page, locator):
    """Click ``locator`` and wait for the page it leads to."""
    with page.expect_navigation():
        locator.click()


def graphql(base_url, query, variables):
    """Post ``query`` to /graphql/ over HTTP with an API key, as the web site's build does, and return the JSON."""
    request = urllib.request.Request(
        f"{base_url}/graphql/",
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Api-Key {make_api_key()}"},
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


@pytest.fixture
def round_trip(academy):
    odense = CentrePageFactory(parent=academy.centres, title="headspace Odense", slug="odense")
    call_command("setup_centres", stdout=StringIO())
    editor = UserFactory(
        username="rikke", first_name="Rikke", last_name="Redaktør", groups=[odense.access.editors_group]
    )
    editor.set_password(PASSWORD)
    editor.save()
    reviewer = UserFactory(
        username="anders", first_name="Anders", last_name="Akademi", groups=[Group.objects.get(name=ACADEMY_TEAM_GROUP)]
    )
    reviewer.set_password(PASSWORD)
    reviewer.save()
    theme = ThemeFactory(name="Den gode modtagelse", slug="den-gode-modtagelse")
    film = FilmFactory(title="Velkommen i headspace", collection=odense.access.collection)
    return academy, odense, editor, reviewer, theme, film


def test_moderation_round_trip(live_server, round_trip, monkeypatch):
    academy, odense, editor, reviewer, theme, film = round_trip
    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # between browser steps are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    base_url = live_server.url

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            # The centre editor writes a contribution with a film and submits it.
            editor_page = sign_in(browser, base_url, "rikke")
            editor_page.goto(f"{base_url}/admin/pages/add/pages/contributionpage/{odense.pk}/")
            editor_page.fill("#id_title", "Velkomstkaffe")
            editor_page.fill("#id_summary", "Vi byder nye frivillige velkommen med kaffe og en rundvisning.")
            editor_page.select_option("#id_themes", label="Den gode modtagelse")
            editor_page.locator("[data-contentpath=body] button.c-sf-add-button").first.click()
            editor_page.locator(".w-combobox__option", has_text="Film").first.click()
            editor_page.locator("[data-contentpath=body] button.chooser__choose-button").first.click()
            editor_page.locator(".modal").get_by_text("Velkommen i headspace").first.click()
            expect(editor_page.locator(".modal")).to_be_hidden()
            expect(editor_page.locator("[data-contentpath=body] [data-chooser-title]")).to_have_text("Velkommen i headspace")
            save_screenshot(editor_page, "01-editor-writes")
            open_action_menu(editor_page)
            click_and_wait(editor_page, editor_page.locator("button[name=action-submit]"))
            contribution = ContributionPage.objects.get(title="Velkomstkaffe")
            assert contribution.workflow_in_progress
            editor_page.goto(f"{base_url}/admin/pages/{contribution.pk}/edit/")
            save_screenshot(editor_page, "02-submitted")

            # The reviewer comments on the summary and requests changes.
            reviewer_page = sign_in(browser, base_url, "anders")
            reviewer_page.goto(f"{base_url}/admin/pages/{contribution.pk}/edit/")
            reviewer_page.locator("[data-contentpath=summary] button[data-comment-add]").click()
            reviewer_page.locator("textarea.comment__input").first.fill("Skriv gerne, hvor lang rundvisningen er.")
            reviewer_page.locator(".comment__button--primary").first.click()
            save_screenshot(reviewer_page, "03-reviewer-comments")
            open_action_menu(reviewer_page)
            reviewer_page.locator("button[data-workflow-action-name=reject]").click()
            reviewer_page.locator(".modal textarea").fill("Tilføj rundvisningens længde, så sender vi den videre.")
            save_screenshot(reviewer_page, "04-request-changes")
            click_and_wait(reviewer_page, reviewer_page.locator(".modal button[type=submit]"))
            contribution.refresh_from_db()
            assert contribution.current_workflow_state.status == "needs_changes"
            assert contribution.wagtail_admin_comments.filter(text__contains="rundvisningen").exists()

            # The editor opens the page with the comment, fixes the summary and resubmits.
            editor_page.goto(f"{base_url}/admin/pages/{contribution.pk}/edit/")
            save_screenshot(editor_page, "05-editor-sees-changes-requested")
            editor_page.fill("#id_summary", "Vi byder nye frivillige velkommen med kaffe og en rundvisning på 20 minutter.")
            open_action_menu(editor_page)
            click_and_wait(editor_page, editor_page.locator("button[name=action-submit]"))
            contribution.refresh_from_db()
            assert contribution.current_workflow_state.status == "in_progress"

            # The reviewer approves the review and confirms confidentiality; the films pass by themselves.
            reviewer_page.goto(f"{base_url}/admin/pages/{contribution.pk}/edit/")
            open_action_menu(reviewer_page)
            click_and_wait(reviewer_page, reviewer_page.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"))
            reviewer_page.goto(f"{base_url}/admin/pages/{contribution.pk}/edit/")
            open_action_menu(reviewer_page)
            reviewer_page.locator("button[data-workflow-action-name=approve]").first.click()
            reviewer_page.locator(".modal #id_confirm_no_identification").check()
            save_screenshot(reviewer_page, "06-confirm-confidentiality")
            click_and_wait(reviewer_page, reviewer_page.locator(".modal button[type=submit]"))
            contribution.refresh_from_db()
            assert contribution.live
            reviewer_page.goto(f"{base_url}/admin/pages/{contribution.pk}/edit/")
            save_screenshot(reviewer_page, "07-published")

            # The contribution appears over GraphQL.
            result = graphql(base_url, CONTRIBUTION_QUERY, {"id": contribution.pk})
            assert result["data"]["contribution"]["title"] == "Velkomstkaffe"
            assert "20 minutter" in result["data"]["contribution"]["summary"]

            # The reviewer promotes it to a module.
            promote_url = f"/admin/moderation/promote/{contribution.pk}/"
            # The header's actions menu is moved into the DOM when it opens.
            reviewer_page.locator("header [data-w-dropdown-target=toggle]").first.click()
            click_and_wait(reviewer_page, reviewer_page.locator(f"a[href='{promote_url}']"))
            reviewer_page.locator("input[name=target][value=module]").check()
            save_screenshot(reviewer_page, "08-promote")
            reviewer_page.locator("main form button[type=submit]").click()
            reviewer_page.wait_for_url("**/edit/")
            module = ModulePage.objects.get(source_page=contribution)
            assert module.source_centre_id == odense.pk
            assert module.workflow_in_progress
            reviewer_page.get_by_text("headspace Odense").first.scroll_into_view_if_needed()
            save_screenshot(reviewer_page, "09-promoted-module")
        finally:
            browser.close()
