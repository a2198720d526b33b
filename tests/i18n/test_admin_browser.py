"""The Danish admin in a real browser: screenshots of key screens, no English words, Danish slugs.

Runs headless Debian Chromium (/usr/bin/chromium) against the live test server.
Screenshots go to artifacts/screenshots/i18n/, full size and reduced. With
UPDATE_DOC_SCREENSHOTS=1 the reduced copies replace docs/screenshots/i18n-*.png,
which the editors' guide shows.
"""

import functools
import os
import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from PIL import Image
from playwright.sync_api import expect, sync_playwright
from wagtail.models import Page

from tests.browser import launch_chromium
from tests.factories import ModulePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots" / "i18n"
# The committed copies in docs/ are rewritten only on request, so that a test run
# leaves the work tree clean.
DOCS_SCREENSHOTS = (
    Path(settings.BASE_DIR) / "docs" / "screenshots" if os.environ.get("UPDATE_DOC_SCREENSHOTS") else ARTIFACTS
)
DOCS_WIDTH = 960
USERNAME = "redaktoer"
PASSWORD = "hemmeligt-kodeord-1"

# Common English words of the Wagtail admin that have a Danish translation.
# Words that Danish spells the same way (Status, Live, Film, Slug, Tags, Type,
# Filter, Panel, Start) are left out.
ENGLISH_WORDS = [
    "Dashboard",
    "Pages",
    "Page",
    "Edit",
    "Save draft",
    "Publish",
    "Unpublish",
    "Settings",
    "Workflow",
    "Workflows",
    "Reports",
    "Images",
    "Documents",
    "Snippets",
    "Users",
    "Groups",
    "Search",
    "Help",
    "Sites",
    "Collections",
    "Redirects",
    "Preview",
    "Comments",
    "History",
    "Submit",
    "Approve",
    "Reject",
    "Request changes",
    "Cancel",
    "Delete",
    "Add child page",
    "Your pages",
    "Your most recent edits",
    "Locked pages",
    "Aging pages",
    "Title",
    "Content",
    "Promote",
    "Draft",
    "Account",
    "Log out",
    "Sign out",
    "Close",
    "Comment",
    "Choose",
    "Upload",
    "Privacy",
    "Public",
    "Private",
    "Last updated",
    "Actions",
    "Sort",
    "Export",
    "Download",
    "No pages",
    "Previous",
    "Next",
    "Welcome",
    "Collapse all",
    "Expand all",
    "Show",
    "Hide",
    "Add",
    "Remove",
    "Move",
    "Copy",
    "View",
    "More",
    "Details",
    "Open",
    "Save",
    "Back",
    "Home",
    "Required",
    "Optional",
]
ENGLISH_PATTERN = re.compile(r"\b(" + "|".join(re.escape(word) for word in ENGLISH_WORDS) + r")\b")

# Wagtail msgids that Danish may rightly leave as they are, spelled the same or
# kept as loan words by the glossary (docs/glossary.da.md).
SAME_IN_DANISH = {
    "Status", "Status: ", "status", "Live", "live", "Film", "Slug", "slug", "Tags", "tags", "Type", "Filter",
    "Panel", "Start", "Info", "Menu", "Tip", "Upload", "Format", "Alias", "Layout", "Minimum", "Link", "port",
    "System", "system", "Token", "Snippets",
}
WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent


@functools.cache
def untranslated_wagtail_msgids():
    """Return Wagtail's English msgids, server-side and JavaScript, that have no Danish translation.

    Msgids with placeholders or markup, and those shorter than four characters,
    are left out, because they never show verbatim.
    """
    danish_javascript = DjangoTranslation("da", domain="djangojs")
    untranslated = set()
    for domain in ("django", "djangojs"):
        for path in WAGTAIL_DIR.glob(f"**/locale/en/LC_MESSAGES/{domain}.po"):
            for entry in polib.pofile(str(path)):
                msgid = entry.msgid
                if entry.msgid_plural or entry.msgctxt or len(msgid) < 4 or msgid in SAME_IN_DANISH:
                    continue
                if any(mark in msgid for mark in ("%", "{", "<", "\n")):
                    continue
                if domain == "djangojs":
                    danish = danish_javascript.gettext(msgid)
                else:
                    with translation.override("da"):
                        danish = translation.gettext(msgid)
                if danish == msgid:
                    untranslated.add(msgid)
    return sorted(untranslated, key=len, reverse=True)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        username=USERNAME,
        email="redaktoer@example.org",
        password=PASSWORD,
        first_name="Rikke",
        last_name="Redaktør",
    )


@pytest.fixture
def module_page(academy):
    return ModulePageFactory(
        parent=academy.modules,
        title="Den gode modtagelse",
        summary="Sådan tager vi imod en ung, der kommer for første gang.",
    )


@pytest.fixture
def admin_page(live_server, editor, monkeypatch):
    """Yield a Playwright page signed in to the admin as a superuser with no language preference."""

    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # tests make between browser steps are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", USERNAME)
        page.fill("#id_password", PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/admin/")
        page.base_url = live_server.url
        yield page
        browser.close()


def english_words(page):
    """Return the English admin words and untranslated Wagtail msgids in the page's visible text, each once."""
    text = page.locator("body").inner_text()
    found = ENGLISH_PATTERN.findall(text)
    found += [msgid for msgid in untranslated_wagtail_msgids() if re.search(rf"(?<!\w){re.escape(msgid)}(?!\w)", text)]
    return list(dict.fromkeys(found))


def save_screenshot(page, name):
    """Save a full-size screenshot as an artifact and a reduced copy for the docs."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    full_size = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(full_size))

    with Image.open(full_size) as image:
        height = round(image.height * DOCS_WIDTH / image.width)
        reduced = image.convert("RGB").resize((DOCS_WIDTH, height), Image.Resampling.LANCZOS)
        reduced = reduced.quantize(colors=128)
        reduced.save(DOCS_SCREENSHOTS / f"i18n-{name}.png", optimize=True)
    (ARTIFACTS / f"{name}.english.txt").write_text("\n".join(english_words(page)) + "\n")


def test_dashboard_has_no_english(admin_page):
    save_screenshot(admin_page, "dashboard")

    assert admin_page.locator("html").get_attribute("lang") == "da"
    assert english_words(admin_page) == []


def test_page_editor_has_no_english(admin_page, module_page):
    admin_page.goto(f"{admin_page.base_url}/admin/pages/{module_page.pk}/edit/")
    admin_page.wait_for_selector("#id_title")

    save_screenshot(admin_page, "page-editor")

    assert english_words(admin_page) == []


def test_workflow_dialog_has_no_english(admin_page, module_page):
    # Submit the page to its workflow from the editor's action menu.
    admin_page.goto(f"{admin_page.base_url}/admin/pages/{module_page.pk}/edit/")
    admin_page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    admin_page.locator("button[name='action-submit']").click()
    admin_page.wait_for_load_state("networkidle")

    # As a reviewer, request changes: the workflow action dialog requests a comment.
    admin_page.goto(f"{admin_page.base_url}/admin/pages/{module_page.pk}/edit/")
    admin_page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    admin_page.locator("button[data-workflow-action-modal-url]").first.click()
    admin_page.locator(".modal-dialog").wait_for(state="visible")
    # The dialog fades in; wait for the end of the transition before the screenshot.
    admin_page.wait_for_timeout(500)

    save_screenshot(admin_page, "workflow-dialog")

    assert english_words(admin_page) == []


def test_report_has_no_english(admin_page, module_page):
    # A locked page, so that the report has a row.
    Page.objects.filter(pk=module_page.pk).update(locked=True)

    admin_page.goto(f"{admin_page.base_url}/admin/reports/locked/")
    admin_page.wait_for_selector("main")

    save_screenshot(admin_page, "report-locked-pages")

    assert english_words(admin_page) == []


def test_slug_field_spells_danish_letters(admin_page, academy):
    admin_page.goto(f"{admin_page.base_url}/admin/pages/add/pages/modulepage/{academy.modules.pk}/")
    title = admin_page.locator("#id_title")
    title.click()
    title.press_sequentially("Første samtale på Ærø og i Århus")
    title.blur()

    expect(admin_page.locator("#id_slug")).to_have_value("foerste-samtale-paa-aeroe-og-i-aarhus")


def test_slug_field_cleans_typed_slug(admin_page, module_page):
    admin_page.goto(f"{admin_page.base_url}/admin/pages/{module_page.pk}/edit/")
    # The slug field sits on another tab; open the tab that contains it.
    tab_panel_id = admin_page.locator("#id_slug").evaluate("field => field.closest('[role=tabpanel]').id")
    admin_page.locator(f"a[href='#{tab_panel_id}']").click()
    slug = admin_page.locator("#id_slug")
    slug.fill("Blåbærgrød på Ø")
    slug.blur()

    expect(slug).to_have_value("blaabaergroed-paa-oe")
