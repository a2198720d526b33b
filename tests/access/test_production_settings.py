"""Production settings, loaded in a child process as a deployment would load them."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "academy.example",
    "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/academy"),
    "REDIS_URL": "redis://127.0.0.1:6379/9",
    "AWS_STORAGE_BUCKET_NAME": "academy-media",
    "WAGTAILADMIN_BASE_URL": "https://academy.example",
    "CORS_ALLOWED_ORIGINS": "https://academy.example,https://app.academy.example",
}

SETTINGS_TO_READ = [
    "DEBUG",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SECURE_HSTS_SECONDS",
    "SECURE_SSL_REDIRECT",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
    "GRAPHIQL_ENABLED",
    "GRAPHQL_INTROSPECTION_ENABLED",
    "CORS_ALLOWED_ORIGINS",
    "CORS_ALLOW_ALL_ORIGINS",
]


def run_python(code, **env_changes):
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **PRODUCTION_ENV}
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120
    )


def load_settings(**env_changes):
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name, None) for name in {SETTINGS_TO_READ!r}}}))"
    )
    result = run_python(code, **env_changes)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def production():
    return load_settings()


def test_debug_is_off(production):
    assert production["DEBUG"] is False


def test_cookies_are_secure(production):
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True


def test_hsts_and_headers_are_set(production):
    assert production["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert production["X_FRAME_OPTIONS"] == "DENY"


def test_graphiql_and_introspection_are_off(production):
    assert production["GRAPHIQL_ENABLED"] is False
    assert production["GRAPHQL_INTROSPECTION_ENABLED"] is False


def test_cors_allows_exact_origins_only(production):
    assert production["CORS_ALLOWED_ORIGINS"] == ["https://academy.example", "https://app.academy.example"]
    assert not production["CORS_ALLOW_ALL_ORIGINS"]


@pytest.mark.parametrize(
    "env_changes, message",
    [
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS"),
        ({"DEBUG": "1"}, "DEBUG"),
    ],
)
def test_unsafe_configuration_refuses_to_start(env_changes, message):
    result = run_python("import django; django.setup()", **env_changes)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_check_deploy_finds_no_security_issue():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        # HSTS preload is an opt-in for the domain owner, not a default.
        SECURE_HSTS_PRELOAD="1",
    )
    assert result.returncode == 0, result.stderr + result.stdout
