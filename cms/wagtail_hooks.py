"""Admin hooks of the cms app."""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from wagtail import hooks

from cms.accounts import wagtail_hooks as account_hooks  # noqa: F401  (registers the account screens)
from cms.i18n.slugs import DANISH_TRANSLITERATION


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
