"""Slugs that spell Danish letters the Danish way: æ -> ae, ø -> oe, å -> aa.

Django's ``slugify`` drops "ø" and "æ" and turns "å" into "a" ("Ørsted" becomes
"rsted"), and so does the admin's slug field. The same table drives both the
Python side here and the admin's JavaScript (see ``cms/wagtail_hooks.py``).
"""

from django.utils.text import slugify

DANISH_TRANSLITERATION = {
    "æ": "ae",
    "ø": "oe",
    "å": "aa",
    "Æ": "Ae",
    "Ø": "Oe",
    "Å": "Aa",
}
_TRANSLATION_TABLE = str.maketrans(DANISH_TRANSLITERATION)


def transliterate_danish(value):
    """Spell æ, ø and å (either case) as ae, oe and aa."""
    return str(value).translate(_TRANSLATION_TABLE)


def danish_slugify(value, allow_unicode=False):
    """Slugify ``value`` like Django's ``slugify``, after spelling Danish letters out."""
    return slugify(transliterate_danish(value), allow_unicode=allow_unicode)


def use_danish_slugs_for_pages():
    """Make Wagtail generate Danish slugs for pages saved without one.

    NOTE: Wagtail 8.0.1 offers no setting for the function that
    ``Page._set_core_field_defaults`` slugifies titles with, so this replaces the
    module's ``slugify`` name. Remove it when Wagtail gets such a setting.
    """
    from wagtail.models import pages

    pages.slugify = danish_slugify
