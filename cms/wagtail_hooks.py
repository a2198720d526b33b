"""Admin hooks of the cms app."""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from wagtail import hooks

from cms.accounts import wagtail_hooks as account_hooks  # noqa: F401  (registers the account screens)
from cms.i18n.slugs import DANISH_TRANSLITERATION
from cms.serving import serve_elsewhere


def danish_slug_formatters():
    """Return the transliteration table in the form of the ``w-slug`` controller's ``formatters`` value.

    Each entry is ``[[regex source, regex flags], replacement]``, as Wagtail's
    ``SlugInput(formatters=...)`` renders them.
    """
    return [[[letter, "gu"], spelling] for letter, spelling in DANISH_TRANSLITERATION.items()]


@hooks.register("insert_global_admin_js")
def danish_slug_field_js():
    """Add the script that makes every admin slug field spell æ, ø and å as ae, oe and aa."""
    return format_html(
        '{}<script src="{}"></script>',
        json_script(danish_slug_formatters(), "cms-danish-slug-formatters"),
        static("cms/js/danish-slugs.js"),
    )


# A high order puts this hook innermost in the ``on_serve_page`` chain, so Wagtail's
# own hooks (view restrictions among them) still run first and keep their behaviour.
@hooks.register("on_serve_page", order=100)
def serve_pages_elsewhere(next_serve_page):
    """Serve every page type by pointing at the web front end instead of rendering it."""

    def serve_page(page, request, args, kwargs):
        return serve_elsewhere(page, request)

    return serve_page
