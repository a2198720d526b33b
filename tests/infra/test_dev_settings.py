"""Development settings follow the port that ``make run`` serves on.

Each case starts a fresh Python process, because settings are read once per process.
"""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def read_base_url(**environment):
    """Return ``WAGTAILADMIN_BASE_URL`` as the dev settings compute it with ``environment``."""
    env = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": "cms.settings.dev", **environment}
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_dev_base_url_follows_port():
    assert read_base_url(PORT="8123") == "http://127.0.0.1:8123"


def test_dev_base_url_defaults_to_port_8000():
    assert read_base_url() == "http://127.0.0.1:8000"


def test_dev_base_url_setting_overrides_port():
    assert read_base_url(PORT="8123", WAGTAILADMIN_BASE_URL="http://localhost:9000") == "http://localhost:9000"
