"""Request middleware of Academy CMS."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

GRAPHQL_LANGUAGES = ("da", "en")


def parse_accept_language(header):
    """Return the language ranges of an Accept-Language header, most preferred first.

    Ranges with ``q=0`` or an invalid quality value are left out.
    """
    ranges = []
    for position, item in enumerate(header.split(",")):
        language, _, params = item.strip().partition(";")
        language = language.strip().lower()
        if not language:
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranges.append((-quality, position, language))
    return [language for _, _, language in sorted(ranges)]


def graphql_language(header):
    """Pick the GraphQL response language for an Accept-Language header: da or en, da by default."""
    for language in parse_accept_language(header):
        if language == "*":
            break
        primary = language.split("-")[0]
        if primary in GRAPHQL_LANGUAGES:
            return primary
    return settings.LANGUAGE_CODE


class GraphQLLanguageMiddleware:
    """Activate the Accept-Language of a GraphQL request while it is handled.

    Messages meant for a person (validation, sign-in) are built with gettext, so
    this is what makes them Danish or English. Every other URL is left alone: the
    Wagtail admin uses each editor's own language setting, never the browser's.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_graphql_request(request):
            return self.get_response(request)

        language = graphql_language(request.headers.get("Accept-Language", ""))
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Accept-Language",))
        return response

    def is_graphql_request(self, request):
        try:
            graphql_path = reverse("graphql")
        except NoReverseMatch:
            return False
        return request.path_info.startswith(graphql_path)
