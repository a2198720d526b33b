"""Settings shared by every environment of Academy CMS.

Environment-specific modules (``dev``, ``test``, ``production``) import from here
and override what differs. Secrets never live in this file.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a boolean environment variable such as ``DEBUG=1`` or ``DEBUG=false``."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    """Read a whole-number environment variable, or raise ImproperlyConfigured naming it."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        return int(value.strip())
    except ValueError:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be a whole number such as {default}, not {value!r}."
        ) from None


def env_database(name, default):
    """Parse the database URL in the environment variable ``name``, or raise ImproperlyConfigured naming it."""
    url = os.environ.get(name, "").strip() or default
    try:
        return dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
    except ValueError as error:
        raise ImproperlyConfigured(
            f"The environment variable {name} is not a valid database URL "
            f"(expected e.g. postgres://user:password@host:5432/name): {error}"
        ) from None


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "cms",
    "cms.i18n",
    "pages",
    "media_pipeline",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_headless_preview",
    "grapple",
    "graphene_django",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "storages",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Only /graphql/ follows Accept-Language; the admin follows each user's
    # own language setting, so Django's LocaleMiddleware is deliberately absent.
    "cms.middleware.GraphQLLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# The embedded default is an SQLite file; production and the test suite set
# DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": env_database("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Every password check (GraphQL signIn, admin login, private-page login) shares
# the sign-in failure counts and lockout of cms.accounts.ratelimit.
AUTHENTICATION_BACKENDS = ["cms.accounts.backends.RateLimitedModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the people using the academy work in Danish.
LANGUAGE_CODE = "da"
LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
]
# Wagtail offers only its own default list of admin languages, which lacks Danish.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [
    BASE_DIR / "locale",
    # Danish for the Wagtail admin strings that Wagtail itself leaves untranslated,
    # kept apart so that makemessages never marks them obsolete.
    BASE_DIR / "locale" / "wagtail",
]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's own background work (reference index, file clean-up) runs inline so
# that an editor's save is complete when the request returns. Film processing
# is slow and goes to the database queue, worked by ``manage.py db_worker``.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "films": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    },
}

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}

# Wagtail
WAGTAIL_SITE_NAME = "headspace academy"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The readers' web site, e.g. "https://academy.example.org". When set, a page's URL
# here redirects to the same path there. When empty, it shows a short notice instead.
WEB_FRONTEND_URL = os.environ.get("WEB_FRONTEND_URL", "")
WAGTAILADMIN_USER_LOGIN_FORM = "cms.forms.AdminLoginForm"
# On PostgreSQL, "danish" stems inflected forms ("filmene" -> "film") and keeps
# æ, ø and å as letters. SQLite ignores SEARCH_CONFIG (see docs/i18n.md).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "danish"},
}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Decompression bombs: Willow refuses images above this many pixels.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Moderation (docs/moderation.md): an edit made while a page is in review
# needs every task approved again, and publishing ends the page's workflow.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
# Workflow emails go to the reviewing group and the submitter; superusers
# (technical staff) are left out unless they are in the academy team.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", "academy@localhost")
WAGTAILADMIN_NOTIFICATION_USE_HTML = True

# GraphQL
GRAPHENE = {
    "SCHEMA": "cms.graphql.schema.schema",
}
GRAPPLE = {
    "APPS": ["pages", "media_pipeline"],
    "AUTO_CAMELCASE": True,
    "EXPOSE_GRAPHIQL": False,
    "PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
    # Our interface scopes the tree fields and leaves out page internals.
    "PAGE_INTERFACE": "cms.graphql.interfaces.AcademyPageInterface",
    # Clients may ask only for these renditions, so a request cannot make the
    # server generate an unbounded number of image files.
    "ALLOWED_IMAGE_FILTERS": [
        f"{operation}-{width}{suffix}"
        for operation in ("width",)
        for width in (160, 320, 480, 640, 800, 960, 1280, 1600, 1920)
        for suffix in ("", "|format-webp")
    ]
    + [
        f"fill-{width}x{height}{suffix}"
        for width, height in ((160, 160), (320, 320), (480, 270), (640, 360), (960, 540), (1280, 720), (1920, 1080))
        for suffix in ("", "|format-webp")
    ],
}
GRAPHIQL_ENABLED = False
# Window of every GraphQL list: the size when a client gives no limit, and the largest it may ask for.
GRAPHQL_DEFAULT_LIMIT = 20
GRAPHQL_MAX_LIMIT = 100

# Headless preview: one preview client per front end.
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {
        "web": os.environ.get("PREVIEW_URL_WEB", "http://localhost:3000/preview"),
        "app": os.environ.get("PREVIEW_URL_APP", "http://localhost:3001/preview"),
    },
    "SERVE_BASE_URL": None,
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}

# Front ends that may call the API from a browser.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/graphql/.*$"

# Film limits, shown to editors before an upload starts.
FILM_MAX_UPLOAD_BYTES = env_int("FILM_MAX_UPLOAD_BYTES", 2 * 1024**3)
FILM_MAX_DURATION_SECONDS = env_int("FILM_MAX_DURATION_SECONDS", 30 * 60)
# A film left in "processing" this long is taken to have lost its worker, so a
# retry may claim it again.
FILM_PROCESSING_TIMEOUT_SECONDS = env_int("FILM_PROCESSING_TIMEOUT_SECONDS", 2 * 3600)
# x264 speed preset: slower presets make smaller files for the same quality.
FILM_X264_PRESET = os.environ.get("FILM_X264_PRESET", "veryfast")

DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "cms": {"level": os.environ.get("LOG_LEVEL", "INFO")},
        "pages": {"level": os.environ.get("LOG_LEVEL", "INFO")},
        "media_pipeline": {"level": os.environ.get("LOG_LEVEL", "INFO")},
        "django_tasks": {"level": "INFO"},
    },
}
