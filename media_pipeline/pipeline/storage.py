"""Move pipeline files between local folders and the configured storage."""

import logging
import mimetypes
import posixpath
import shutil

from django.core.files import File

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    ".mp4": "video/mp4",
    ".m3u8": "application/vnd.apple.mpegurl",
    ".ts": "video/mp2t",
    ".vtt": "text/vtt",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}


def content_type_for(name):
    """Return the content type to store ``name`` with."""
    extension = posixpath.splitext(name)[1].lower()
    return CONTENT_TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def upload(storage, key, local_path):
    """Store the file at ``local_path`` under ``key`` and return the stored name."""
    with open(local_path, "rb") as handle:
        content = File(handle, name=posixpath.basename(key))
        # S3Storage reads ``content_type`` from the file object; other storages ignore it.
        content.content_type = content_type_for(key)
        return storage.save(key, content)


def download(storage, name, local_path):
    """Copy the stored file ``name`` to ``local_path``."""
    with storage.open(name, "rb") as source, open(local_path, "wb") as target:
        shutil.copyfileobj(source, target, length=1024 * 1024)


def delete_prefix(storage, prefix):
    """Delete every stored file under ``prefix`` (a folder key ending in a slash)."""
    try:
        folders, files = storage.listdir(prefix)
    except FileNotFoundError:
        return
    for name in files:
        storage.delete(posixpath.join(prefix, name))
    for folder in folders:
        delete_prefix(storage, posixpath.join(prefix, folder) + "/")
