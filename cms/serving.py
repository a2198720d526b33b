"""Front-end serving of pages: the content is read in the web site and the app, never here.

Wagtail's ``serve`` view would render each page type's template, which this
headless CMS does not have. ``serve_elsewhere`` replaces that last step for every
page type, so a page URL shows no content and needs no page template.
"""

import logging

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

NOTICE_TEMPLATE = "cms/page_served_elsewhere.html"


def web_frontend_url(request, page):
    """Return the page's address on the web front end, or None when ``WEB_FRONTEND_URL`` is unset."""
    if not settings.WEB_FRONTEND_URL:
        return None

    url_parts = page.get_url_parts(request=request)
    page_path = url_parts[2] if url_parts else "/"
    return settings.WEB_FRONTEND_URL.rstrip("/") + page_path


def serve_elsewhere(page, request):
    """Redirect to the page on the web front end, or render a notice without the page's title or content."""
    frontend_url = web_frontend_url(request, page)
    if frontend_url is not None:
        logger.debug("Redirecting page %s to the web front end", page.pk)
        return redirect(frontend_url)
    return TemplateResponse(request, NOTICE_TEMPLATE)
