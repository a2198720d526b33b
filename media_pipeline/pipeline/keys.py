"""Storage keys for films: safe, unique and the same for equal names however they were typed."""

import posixpath
import unicodedata
import uuid

from django.core.exceptions import SuspiciousFileOperation
from django.utils.text import get_valid_filename

ORIGINALS_PREFIX = "films/originals"


def safe_filename(name, default="film"):
    """Return ``name`` as one safe path segment in Unicode NFC.

    Folder parts (``/`` or ``\\``) are dropped so that no key can leave its
    prefix, also when the storage has no location prefix of its own.
    """
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    name = name.lstrip(".").strip()
    try:
        name = get_valid_filename(name)
    except SuspiciousFileOperation:
        return default
    return unicodedata.normalize("NFC", name) or default


def source_key(filename):
    """Return a new key for an uploaded original in a folder of its own."""
    return f"{ORIGINALS_PREFIX}/{uuid.uuid4().hex}/{safe_filename(filename)}"


def output_prefix(film_id, token):
    """Return the folder of one processing run's outputs, ending in a slash."""
    return f"films/{int(film_id)}/{uuid.UUID(str(token)).hex}/"


def caption_key(film_id, language):
    """Return a new key for a normalised caption file."""
    language = safe_filename(language, default="und")
    return f"films/{int(film_id)}/captions/{uuid.uuid4().hex}/{language}.vtt"


def join_key(prefix, name):
    """Join ``prefix`` and a file name made by the pipeline."""
    return posixpath.join(prefix, safe_filename(name))
