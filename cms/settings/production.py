"""Production settings: every secret comes from the environment.

The process refuses to start when a required variable is missing, so that a
misconfigured deployment fails loudly instead of running with unsafe defaults.
"""

import os

from django.core.exceptions import ImproperlyConfigured



def require_env(name):
    """Return the environment variable ``name`` or raise ImproperlyConfigured."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production; set it and restart."
        )
    return value


# Checked before the base settings parse it, so that a blank value gets this
# message instead of a parser error. Production never falls back to SQLite.
require_env("DATABASE_URL")

from .base import *  # noqa: E402,F401,F403
from .base import env_bool, env_int, env_list  # noqa: E402


# Full-text search with the "danish" configuration and the Danish collation need PostgreSQL.
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":  # noqa: F405
    raise ImproperlyConfigured(
        "The environment variable DATABASE_URL must point to PostgreSQL in production "
        "(postgres://user:password@host:5432/name), not to another database engine such as SQLite."
    )


DEBUG = env_bool("DEBUG", False)
if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production; unset DEBUG and restart.")

SECRET_KEY = require_env("SECRET_KEY")
# Django's own deployment check warns below 50 characters; a short or copied
# development key would make sessions, tokens and password links forgeable.
if len(SECRET_KEY) < 50 or "insecure" in SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak for production: use at least 50 random characters, not a development key."
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "The environment variable ALLOWED_HOSTS is required in production "
        "(a comma-separated list of host names)."
    )
GRAPHIQL_ENABLED = False
GRAPHQL_INTROSPECTION_ENABLED = False

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": require_env("REDIS_URL"),
    }
}

# Media in a private S3-compatible bucket, served through signed URLs.
STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": require_env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("MEDIA_URL_EXPIRY_SECONDS", 3600),
            "file_overwrite": False,
        },
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "academy@headspace.dk")

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A web site on another origin of the same site sends the session cookie only
# when credentials are allowed; django-cors-headers then echoes exact origins only.
CORS_ALLOW_CREDENTIALS = env_bool("CORS_ALLOW_CREDENTIALS", False)
# Proxies in front of the app whose X-Forwarded-For entries the sign-in rate
# limit trusts to find the client's address.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# Transport security behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

WAGTAILADMIN_BASE_URL = require_env("WAGTAILADMIN_BASE_URL")
