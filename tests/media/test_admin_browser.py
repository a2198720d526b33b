"""The film upload form in a real browser: limits shown, size checked before upload, progress."""

import pytest
from django.test import Client
from playwright.sync_api import expect, sync_playwright
from wagtail.models import Collection

from media_pipeline.models import Film
from tests.browser import launch_chromium
from tests.media.videos import make_video

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]



@pytest.fixture
def admin_page(live_server, django_user_model, media_root, monkeypatch):
    # Playwright's sync API runs an event loop in this thread, which makes Django
    # refuse ORM calls from the test body without this.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    django_user_model.objects.create_superuser("redaktoer", "redaktoer@example.com", "hemmeligt-kodeord-1")
    client = Client()
    client.login(username="redaktoer", password="hemmeligt-kodeord-1")
    session_cookie = client.cookies["sessionid"].value

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context()
        context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": live_server.url}])
        page = context.new_page()
        page.goto(f"{live_server.url}/admin/films/new/")
        yield page
        browser.close()


def test_limits_are_shown_before_upload(admin_page):
    expect(admin_page.locator("[data-film-upload-limits]")).to_be_visible()


def test_too_large_file_is_rejected_in_browser(admin_page, settings, tmp_path):
    settings.FILM_MAX_UPLOAD_BYTES = 1000
    admin_page.reload()
    admin_page.set_input_files("input[name=file]", str(make_video(tmp_path / "intro.mp4")))
    expect(admin_page.locator("[data-film-upload-error]")).to_be_visible()
    admin_page.locator("#w-editor-form button[type=submit]").first.click()
    assert not Film.objects.exists()


def test_upload_shows_progress_and_creates_film(admin_page, tmp_path):
    admin_page.fill("input[name=title]", "Den gode modtagelse")
    admin_page.set_input_files("input[name=file]", str(make_video(tmp_path / "intro.mp4")))
    # The progress box is visible only while the file is sent, so record that it was shown.
    admin_page.evaluate(
        """() => {
            const box = document.querySelector('[data-film-upload-progress]');
            window.progressShown = false;
            new MutationObserver(() => { if (!box.hidden) window.progressShown = true; })
                .observe(box, {attributes: true});
        }"""
    )
    admin_page.locator("#w-editor-form button[type=submit]").first.click()
    admin_page.wait_for_url("**/admin/films/", timeout=20_000)
    expect(admin_page.get_by_text("Den gode modtagelse").first).to_be_visible()
    assert admin_page.evaluate("window.progressShown") is True
    film = Film.objects.get()
    assert film.title == "Den gode modtagelse"
    assert film.status == Film.Status.UPLOADED
