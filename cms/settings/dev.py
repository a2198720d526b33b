"""Development settings: the embedded default that ``make run`` uses."""

import os

from .base import *  # noqa: F401,F403

DEBUG = True

# Development only: a fixed key so sessions survive restarts. Production reads
# SECRET_KEY from the environment and refuses to start without it.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")

ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

GRAPHIQL_ENABLED = True

# grapple builds image and document URLs from this base, so it follows the port
# that ``make run`` serves on (``PORT``) unless set explicitly.
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

CORS_ALLOWED_ORIGINS = CORS_ALLOWED_ORIGINS or [  # noqa: F405
    "http://localhost:3000",
    "http://localhost:3001",
]

# ``manage.py create_dev_accounts`` runs only where this is set, and only this
# module sets it.
DEV_ACCOUNTS_ENABLED = True
