"""Danish for the JavaScript strings of Wagtail's admin (domain djangojs)."""

from pathlib import Path

import polib
import pytest
import wagtail
from django.utils.translation.trans_real import DjangoTranslation

WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent


def has_danish(catalogue, entry):
    """Return whether ``catalogue`` translates ``entry``, also where Danish is spelled as the English."""
    if entry.msgid_plural:
        key = (entry.msgid, 0)
    elif entry.msgctxt:
        key = f"{entry.msgctxt}\x04{entry.msgid}"
    else:
        key = entry.msgid
    # DjangoTranslation._catalog is Django-internal (Django 5.2); gettext() alone cannot tell
    # an identical translation from a missing one.
    return key in catalogue._catalog


def test_every_wagtail_javascript_msgid_has_danish():
    danish = DjangoTranslation("da", domain="djangojs")
    missing = []
    for path in WAGTAIL_DIR.glob("**/locale/en/LC_MESSAGES/djangojs.po"):
        missing.extend(entry.msgid for entry in polib.pofile(str(path)) if entry.msgid and not has_danish(danish, entry))

    assert missing == []


@pytest.mark.django_db
def test_admin_javascript_catalogue_is_danish(admin_client):
    response = admin_client.get("/admin/jsi18n/")

    assert "Fold alle sammen" in response.text
