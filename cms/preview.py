"""Headless preview of drafts in the web site and the app, with preview tokens that expire.

wagtail-headless-preview (0.9) signs each preview token with Django's
``TimestampSigner`` (HMAC-SHA256 with SECRET_KEY), so a token cannot be
guessed, but it never checks the token's age. Within its lifetime the token
alone shows the draft, without a sign-in, so here a token expires after
``PREVIEW_TOKEN_MAX_AGE_SECONDS`` (one hour by default).
"""

import datetime
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview
from wagtail_headless_preview.settings import headless_preview_settings
from wagtail_headless_preview.signals import preview_update

logger = logging.getLogger(__name__)

# One preview mode per client; the URLs are WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"].
PREVIEW_CLIENTS = [
    ("web", _("Web site")),
    ("app", _("App")),
]


def preview_max_age():
    """Return how long a preview token works, in seconds."""
    return getattr(settings, "PREVIEW_TOKEN_MAX_AGE_SECONDS", 3600)


class InvalidPreviewToken(Exception):
    """The preview token is malformed, forged or unknown."""


class ExpiredPreviewToken(InvalidPreviewToken):
    """The preview token was valid but is older than ``PREVIEW_TOKEN_MAX_AGE_SECONDS``."""


def page_for_preview_token(token, content_type=None):
    """Return the draft page a preview token was made for.

    Raises ExpiredPreviewToken or InvalidPreviewToken. With ``content_type``,
    a token made for a page of another type is invalid.
    """
    try:
        HeadlessPreviewMixin.get_preview_signer().unsign(token, max_age=preview_max_age())
    except SignatureExpired:
        raise ExpiredPreviewToken from None
    except BadSignature:
        raise InvalidPreviewToken from None
    previews = PagePreview.objects.filter(token=token)
    if content_type is not None:
        previews = previews.filter(content_type=content_type)
    preview = previews.first()
    if preview is None:
        raise InvalidPreviewToken
    return preview.as_page()


def delete_expired_previews():
    """Delete stored previews whose tokens have expired; return how many."""
    # PagePreview.created_at is a date, so a preview is kept until the day after it expires.
    cutoff = (timezone.now() - datetime.timedelta(seconds=preview_max_age())).date()
    deleted, _details = PagePreview.objects.filter(created_at__lt=cutoff).delete()
    return deleted


class AcademyPreviewMixin(HeadlessPreviewMixin):
    """Headless preview with one preview mode per client (web, app) and expiring tokens.

    Use it in place of ``HeadlessPreviewMixin`` on page models.
    """

    @property
    def preview_modes(self):
        client_urls = headless_preview_settings.CLIENT_URLS
        return [(name, label) for name, label in PREVIEW_CLIENTS if name in client_urls]

    @classmethod
    def get_page_from_preview_token(cls, token):
        try:
            return page_for_preview_token(token, ContentType.objects.get_for_model(cls))
        except InvalidPreviewToken:
            return None

    def get_client_root_url(self, request, mode_name="web"):
        root_url = headless_preview_settings.CLIENT_URLS[mode_name]
        if headless_preview_settings.ENFORCE_TRAILING_SLASH:
            root_url = root_url.rstrip("/") + "/"
        return root_url

    def get_preview_url(self, request, token, mode_name="web"):
        query = urlencode({"content_type": self.get_content_type_str(), "token": token})
        return f"{self.get_client_root_url(request, mode_name)}?{query}"

    def serve_preview(self, request, mode_name):
        delete_expired_previews()
        page_preview = self.create_page_preview()
        preview_update.send(sender=HeadlessPreviewMixin, token=page_preview.token)
        logger.info("Preview %s of page %s opened in %s by user %s", page_preview.pk, self.pk, mode_name, request.user.pk)
        preview_url = self.get_preview_url(request, page_preview.token, mode_name)
        return render(request, "wagtail_headless_preview/preview.html", {"preview_url": preview_url})
