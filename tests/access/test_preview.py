import re
import time
from unittest import mock

import pytest
from django.test import RequestFactory
from wagtail_headless_preview.models import PagePreview

from cms.accounts.roles import Role
from pages.models import ModulePage
from tests.access.factories import UserFactory, person
from tests.access.graphql_client import error_codes, post_graphql
from tests.factories import ModulePageFactory

PREVIEW = "query($token: String!) { previewPage(token: $token) { title } }"


@pytest.fixture
def draft(academy):
    return ModulePageFactory(parent=academy.modules, title="Kladde til forhåndsvisning", slug="kladde", live=False)


def admin_request():
    request = RequestFactory().get("/admin/pages/preview/")
    request.user = UserFactory(is_superuser=True)
    return request


def preview_token(page, mode="web"):
    response = page.serve_preview(admin_request(), mode)
    return re.search(r"token=([^\"&]+)", response.content.decode()).group(1)


def unquoted(token):
    from urllib.parse import unquote

    return unquote(token)


def test_preview_modes_are_web_and_app(draft):
    assert [name for name, _label in ModulePage.objects.get(pk=draft.pk).preview_modes] == ["web", "app"]


def test_app_preview_opens_app_client(draft, settings):
    response = draft.serve_preview(admin_request(), "app")
    assert settings.WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]["app"].rstrip("/") in response.content.decode()


def test_preview_token_shows_draft_without_sign_in(client, draft):
    token = unquoted(preview_token(draft))
    data = post_graphql(client, PREVIEW, {"token": token}).json()["data"]
    assert data["previewPage"]["title"] == "Kladde til forhåndsvisning"


def test_draft_stays_hidden_without_token(client, draft):
    reader = person([Role.STAFF])
    client.force_login(reader)
    data = post_graphql(client, "query($id: ID) { page(id: $id) { title } }", {"id": draft.pk}).json()["data"]
    assert data["page"] is None


def test_expired_preview_token_is_rejected(client, draft, settings):
    settings.PREVIEW_TOKEN_MAX_AGE_SECONDS = 3600
    # The clock is moved back instead of waiting an hour: the token is signed two hours ago.
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 7200):
        token = unquoted(preview_token(draft))
    response = post_graphql(client, PREVIEW, {"token": token})
    assert error_codes(response) == ["PREVIEW_TOKEN_EXPIRED"]


def test_preview_token_within_max_age_works(client, draft, settings):
    settings.PREVIEW_TOKEN_MAX_AGE_SECONDS = 3 * 3600
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 7200):
        token = unquoted(preview_token(draft))
    assert post_graphql(client, PREVIEW, {"token": token}).json()["data"]["previewPage"]["title"]


def test_forged_preview_token_is_rejected(client, draft):
    token = unquoted(preview_token(draft))
    identifier, timestamp, _signature = token.rsplit(":", 2)
    forged = f"{identifier}:{timestamp}:{'A' * 43}"
    assert error_codes(post_graphql(client, PREVIEW, {"token": forged})) == ["PREVIEW_TOKEN_INVALID"]


def test_token_for_other_page_cannot_be_made(client, draft, academy):
    other = ModulePageFactory(parent=academy.modules, title="Anden kladde", slug="anden", live=False)
    token = unquoted(preview_token(draft))
    tampered = token.replace(f"id={draft.pk}", f"id={other.pk}", 1)
    assert error_codes(post_graphql(client, PREVIEW, {"token": tampered})) == ["PREVIEW_TOKEN_INVALID"]


def test_deleted_preview_is_invalid(client, draft):
    token = unquoted(preview_token(draft))
    PagePreview.objects.all().delete()
    assert error_codes(post_graphql(client, PREVIEW, {"token": token})) == ["PREVIEW_TOKEN_INVALID"]


def test_grapple_lookup_honours_expiry(draft, settings):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 7200):
        token = unquoted(preview_token(draft))
    settings.PREVIEW_TOKEN_MAX_AGE_SECONDS = 3600
    assert ModulePage.get_page_from_preview_token(token) is None
