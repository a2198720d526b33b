"""Fixtures for film tests: generated videos and a private media folder per test."""

import pytest

from tests.media.videos import make_video


@pytest.fixture
def media_root(settings, tmp_path):
    """Point MEDIA_ROOT at an empty folder of this test."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return tmp_path / "media"


@pytest.fixture
def landscape_video(tmp_path):
    return make_video(tmp_path / "landscape.mp4", width=320, height=180, seconds=1.0)
