"""Page URLs on the CMS point at the web front end and never show content."""

import pytest
from wagtail.models import BaseViewRestriction, PageViewRestriction

from tests.factories import ModulePageFactory

FRONTEND_URL = "https://academy.example.org"


@pytest.fixture
def module(academy):
    return ModulePageFactory(
        parent=academy.modules, title="Supervision i praksis", slug="supervision", summary="Hemmeligt resumé."
    )


@pytest.fixture
def no_frontend(settings):
    settings.WEB_FRONTEND_URL = ""


@pytest.mark.parametrize("path", ["/", "/moduler/", "/moduler/supervision/"])
def test_live_page_shows_notice(client, module, no_frontend, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.templates[0].name == "cms/page_served_elsewhere.html"


def test_notice_hides_title(client, module, no_frontend):
    response = client.get("/moduler/supervision/")
    assert "Supervision i praksis" not in response.text


def test_notice_hides_content(client, module, no_frontend):
    response = client.get("/moduler/supervision/")
    assert "Hemmeligt resumé." not in response.text


def test_notice_is_danish(client, module, no_frontend):
    response = client.get("/moduler/supervision/")
    assert 'lang="da"' in response.text
    assert "akademiets websted og i appen" in response.text


def test_live_page_redirects_to_frontend(client, module, settings):
    settings.WEB_FRONTEND_URL = FRONTEND_URL + "/"
    response = client.get("/moduler/supervision/")
    assert response.status_code == 302
    assert response["Location"] == FRONTEND_URL + "/moduler/supervision/"


def test_home_redirects_to_frontend_root(client, academy, settings):
    settings.WEB_FRONTEND_URL = FRONTEND_URL
    response = client.get("/")
    assert response["Location"] == FRONTEND_URL + "/"


def test_draft_page_is_not_found(client, module, settings):
    settings.WEB_FRONTEND_URL = FRONTEND_URL
    module.unpublish()
    response = client.get("/moduler/supervision/")
    assert response.status_code == 404


def test_restricted_page_asks_for_sign_in(client, module, settings):
    settings.WEB_FRONTEND_URL = FRONTEND_URL
    PageViewRestriction.objects.create(page=module, restriction_type=BaseViewRestriction.LOGIN)
    response = client.get("/moduler/supervision/")
    assert response.status_code == 302
    assert not response["Location"].startswith(FRONTEND_URL)
    assert "next=/moduler/supervision/" in response["Location"]


def test_password_restricted_page_shows_password_form(client, module, no_frontend):
    PageViewRestriction.objects.create(
        page=module, restriction_type=BaseViewRestriction.PASSWORD, password="hemmelig"
    )
    response = client.get("/moduler/supervision/")
    assert response.status_code == 200
    assert "Hemmeligt resumé." not in response.text
    assert response.templates[0].name != "cms/page_served_elsewhere.html"
