"""Production settings refuse to start without their secrets or with DEBUG on.

Each case starts a fresh Python process, because settings are read once per process.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent

COMPLETE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "k3v9-a-long-random-production-secret-for-this-test-only-x7q2",
    "ALLOWED_HOSTS": "academy.example.org",
    "DATABASE_URL": "postgres://academy@127.0.0.1:5432/academy",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "AWS_STORAGE_BUCKET_NAME": "academy-media",
    "WAGTAILADMIN_BASE_URL": "https://academy.example.org",
}

REQUIRED_VARIABLES = [name for name in COMPLETE_ENVIRONMENT if name != "DJANGO_SETTINGS_MODULE"]


def start_django(environment):
    """Run ``django.setup()`` in a new process with only ``environment`` (plus PATH) set."""
    env = {"PATH": os.environ.get("PATH", ""), **environment}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_starts_with_complete_environment():
    result = start_django(COMPLETE_ENVIRONMENT)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", REQUIRED_VARIABLES)
def test_production_rejects_missing_variable(name):
    environment = {key: value for key, value in COMPLETE_ENVIRONMENT.items() if key != name}
    result = start_django(environment)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert name in result.stderr


@pytest.mark.parametrize("name", REQUIRED_VARIABLES)
def test_production_rejects_blank_variable(name):
    result = start_django({**COMPLETE_ENVIRONMENT, name: "  "})
    assert result.returncode != 0
    assert name in result.stderr


def test_production_rejects_debug():
    result = start_django({**COMPLETE_ENVIRONMENT, "DEBUG": "1"})
    assert result.returncode != 0
    assert "DEBUG" in result.stderr


@pytest.mark.parametrize(
    "secret_key",
    ["too-short-secret", "dev-only-insecure-key-do-not-use-in-production", "django-insecure-" + "x" * 50],
)
def test_production_rejects_weak_secret_key(secret_key):
    result = start_django({**COMPLETE_ENVIRONMENT, "SECRET_KEY": secret_key})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


WHOLE_NUMBER_VARIABLES = [
    "TRUSTED_PROXY_COUNT",
    "SECURE_HSTS_SECONDS",
    "EMAIL_PORT",
    "MEDIA_URL_EXPIRY_SECONDS",
    "DATABASE_CONN_MAX_AGE",
    "FILM_MAX_UPLOAD_BYTES",
    "FILM_MAX_DURATION_SECONDS",
    "FILM_PROCESSING_TIMEOUT_SECONDS",
]


@pytest.mark.parametrize("name", WHOLE_NUMBER_VARIABLES)
def test_production_rejects_non_numeric_variable(name):
    result = start_django({**COMPLETE_ENVIRONMENT, name: "abc"})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert name in result.stderr
    assert "whole number" in result.stderr


def test_production_reads_numeric_variable():
    environment = {**COMPLETE_ENVIRONMENT, "TRUSTED_PROXY_COUNT": " 2 "}
    command = "import django; django.setup(); from django.conf import settings; print(settings.TRUSTED_PROXY_COUNT)"
    result = subprocess.run(
        [sys.executable, "-c", command],
        cwd=BASE_DIR,
        env={"PATH": os.environ.get("PATH", ""), **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


@pytest.mark.parametrize("database_url", ["garbage", "postgres://academy:secret@host:port/academy"])
def test_production_rejects_invalid_database_url(database_url):
    result = start_django({**COMPLETE_ENVIRONMENT, "DATABASE_URL": database_url})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DATABASE_URL" in result.stderr
    assert "secret" not in result.stderr


def test_production_rejects_sqlite_database():
    result = start_django({**COMPLETE_ENVIRONMENT, "DATABASE_URL": "sqlite:////tmp/academy.sqlite3"})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "PostgreSQL" in result.stderr
