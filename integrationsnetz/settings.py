"""Settings for integrationsnetz, read from the environment (django-environ).

Safe for production by default: DEBUG is off and SECRET_KEY is required.
`make run` sets the development values; the tests set theirs in tests/settings.py.
Every variable is listed with its default in .env.example and docs/betrieb.md.
"""

from datetime import timedelta
from email.utils import getaddresses
from importlib.util import find_spec
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        # A clear message, not a traceback: this is a configuration mistake, not a bug.
        raise SystemExit(
            "Configuration error: SECRET_KEY is not set. Set the environment variable "
            "SECRET_KEY to a long random value (python -c 'import secrets; "
            "print(secrets.token_urlsafe(50))'), or set DEBUG=true for local development."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

# In development every *.localhost name is allowed too: the demo's second centre answers on
# musterstadt.localhost (browsers and curl resolve *.localhost to the loopback address).
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", *([".localhost"] if DEBUG else [])]
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "integrationsnetz",
    "contacts",
    "offers",
    "news",
    "events",
    "accessibility",
    "editorial",
    "legal",
    "glossary",
    "guides",
    "offline",
    "read_aloud",
    # Not "wagtail.contrib.frontend_cache": its signal handlers purge a published page alone;
    # integrationsnetz/signals.py purges it with the pages that show it, in one PurgeBatch.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: the "Sprachen" admin with sync
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_tasks_db",
]

# The development tools (devtools/: benchmarks, load test, Lighthouse, bench data; see
# docs/werkzeuge.md): with DEBUG, or switched on explicitly (the Makefile's bench, load test and
# Lighthouse targets run with DEBUG off). The production image leaves the folder out
# (.dockerignore), so DEBUG there installs nothing; runtime code never imports it.
DEVTOOLS = env.bool("DEVTOOLS", default=DEBUG and find_spec("devtools") is not None)
if DEVTOOLS:
    INSTALLED_APPS.append("devtools")

MIDDLEWARE = [
    # First, so that /healthz/ and every page are covered: a database that stops answering
    # costs a request DB_QUERY_TIMEOUT seconds at most (integrationsnetz/db_deadline.py).
    "integrationsnetz.db_deadline.DatabaseDeadlineMiddleware",
    "log_request_id.middleware.RequestIDMiddleware",
    "integrationsnetz.health.HealthCheckMiddleware",
    # Marks public pages for Varnish (Cache-Control, purge tags; integrationsnetz/caching.py).
    "integrationsnetz.caching.CacheHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "integrationsnetz.security.ContentSecurityPolicyMiddleware",
    "integrationsnetz.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Picks the language from the URL prefix (/en/, /ar/ …); German has none.
    "integrationsnetz.middleware.LanguageFromPathMiddleware",
    "django.middleware.common.CommonMiddleware",
    "integrationsnetz.compression.CompressionMiddleware",
    "accessibility.middleware.VaryOnDisplayPreferencesMiddleware",
    "integrationsnetz.middleware.PrivateEditorPagesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the outcome of every login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "integrationsnetz.urls"
WSGI_APPLICATION = "integrationsnetz.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
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

# Database: SQLite by default, PostgreSQL in production (postgres://user:pass@host:5432/name).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    # Persistent connections: without them a page serves less than half the requests per second.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A query of a web request that gets no answer for this many seconds is abandoned and the
# visitor gets the 503 page (integrationsnetz/db_deadline.py); 0 switches the watchdog off.
DB_QUERY_TIMEOUT = env.float("DB_QUERY_TIMEOUT", default=4)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast instead of holding the visitor (and the worker) until gunicorn gives up:
    # an unreachable server is noticed after DB_CONNECT_TIMEOUT seconds (libpq's minimum is
    # 2), also when packets are dropped on an open connection (tcp_user_timeout); an idle
    # connection to a vanished host is dropped by TCP keepalives within a minute; a runaway
    # query is cancelled by the server (statement_timeout). A server that keeps the
    # connection open but stops answering is left to the watchdog of db_deadline.py.
    _connect_timeout = env.int("DB_CONNECT_TIMEOUT", default=2)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": _connect_timeout,
            "tcp_user_timeout": _connect_timeout * 1000,
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
            "options": f"-c statement_timeout={env.int('DB_STATEMENT_TIMEOUT', default=10_000)}",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = env.str("CACHE_URL", default="locmemcache://")
# Redis only speeds the site up: when it refuses or stops answering, pages are rendered
# uncached (exceptions ignored, no retries, short timeouts; integrationsnetz/cache.py
# skips it for a while after a failure and logs that once per interval).
REDIS_CACHE_OPTIONS = {
    "CLIENT_CLASS": "integrationsnetz.cache.FailFastClient",
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": env.float("CACHE_TIMEOUT", default=0.25),
    "SOCKET_TIMEOUT": env.float("CACHE_TIMEOUT", default=0.25),
}
CACHES = {"default": env.cache_url_config(CACHE_URL)}
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    CACHES["default"].setdefault("OPTIONS", {}).update(REDIS_CACHE_OPTIONS)
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache":
    # Room for the page cache of one process (pages are 10 to 30 KB).
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 5000)
CACHE_RETRY_INTERVAL = env.int("CACHE_RETRY_INTERVAL", default=10)

# Public pages for anonymous visitors are kept by Varnish (deploy/varnish/default.vcl), for
# PAGE_CACHE_SECONDS or until Wagtail purges them; fragments in CACHES["default"] until a
# change replaces the site's version (docs/caching.md).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Kept by browsers, which nobody can purge: short enough for news.
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
# Varnish's address for purges (e.g. http://127.0.0.1:6081); Wagtail's frontend cache sends it
# PURGE requests for the changed pages' URLs.
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
EMAIL_URL = env.str("EMAIL_URL", default="consolemail://")
_email = env.email_url_config(EMAIL_URL)
vars().update(_email)
if not DEBUG and _email["EMAIL_BACKEND"] in {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}:
    # Password-reset links would end up in the server log (or nowhere) instead of the inbox.
    raise SystemExit(
        f"Configuration error: EMAIL_URL={EMAIL_URL.split('://')[0]}:// does not send mail "
        "(password-reset links would be written to the log). Set EMAIL_URL to your mail "
        "server, e.g. smtp+tls://user:password@mail.example.org:587, or to dummymail:// "
        "to send no mail at all, or set DEBUG=true for local development."
    )
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# Who gets a mail for every server error: "Name <address>, Name <address>".
ADMINS = getaddresses([env.str("ADMINS", default="")])
ADMINS = [(name, address) for name, address in ADMINS if address]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# German is the default language with unprefixed URLs; the others are prefixed (/en/, /ar/ …).
# Each language is named in itself (the language switcher shows these names untranslated).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("tr", "Türkçe"),
    ("ru", "Русский"),
]
# Wagtail's frontend cache purges an address under a language prefix under every other
# prefix too (integrationsnetz/caching.py adds one for German pages shown there untranslated).
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES if code != LANGUAGE_CODE]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
# Dates in each language's own form (integrationsnetz/formats/<language>/formats.py, on top of
# Django's): "9 грудня 2026" with the genitive month, Latin digits everywhere (docs/sprachen.md).
FORMAT_MODULE_PATH = ["integrationsnetz.formats"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Uploaded files are served by the web server in production; Django serves them when this is on.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

# Background tasks (django-tasks). Wagtail's own (reference index, frontend-cache purges) run
# at once, as before; "background" holds work that must never slow a request (the read-aloud
# audio files, read_aloud/audio.py), queued in the database and run by
# `manage.py db_worker --backend background` (deploy/compose.yaml, docs/betrieb.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# Hashed, compressed file names from collectstatic (production); off in development and tests.
STATIC_MANIFEST = env.bool("STATIC_MANIFEST", default=not DEBUG)
# The release's name (e.g. the git commit). Visitors' browsers renew what they keep for offline
# reading when it changes; empty: the hash of the static files' manifest stands for it.
RELEASE = env.str("RELEASE", default="")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Several app hosts: uploads in an S3-compatible object store (django-storages), so that no
# host keeps state on its own disk. Credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, which boto3 reads from the environment itself.
S3_BUCKET = env.str("S3_BUCKET", default="")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env.str("S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("S3_REGION", default="") or None,
            # Public files at a fixed address (images, documents): no signed, expiring URLs
            # in pages that the page cache keeps.
            "custom_domain": env.str("S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
# Serve files straight from the app folders when there is no collectstatic output (dev, tests).
WHITENOISE_USE_FINDERS = DEBUG or not STATIC_MANIFEST

# HTTPS and browser security headers; `manage.py check --deploy` has no warnings when DEBUG
# is off. See docs/betrieb.md ("Sicherheit") for what each one does.
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Container and load-balancer probes ask over plain HTTP on the internal address.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview view allows its own frame (same origin); nothing else may be framed.
X_FRAME_OPTIONS = "DENY"
# X-Forwarded-Proto and X-Forwarded-For are only believed behind our own proxy (deploy/),
# which overwrites what the client sent; otherwise any client could claim HTTPS or an address.
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
# How many of our proxies in front of the app write X-Forwarded-For: nginx (the visitor's
# address) and Varnish (which appends nginx's); the visitor is that many entries from the end.
PROXY_HOPS = env.int("PROXY_HOPS", default=2)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Features the site never uses are switched off for it and for anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# Content-Security-Policy (django-csp): strict for the public site, no inline script or style.
# The Wagtail admin needs inline script and eval; it gets its own policy, only under /admin/
# (integrationsnetz/security.py). Browsers report violations to /csp-report/, which logs them.
CSP_REPORT_PATH = "/csp-report/"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The site's own service worker (offline reading) and web app manifest.
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "report-uri": [CSP_REPORT_PATH],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "report-uri": [CSP_REPORT_PATH],
    }
}

# Admin login (integrationsnetz/logins.py): django-axes locks a user name from one address
# out after AXES_FAILURE_LIMIT failed attempts, and an address after AXES_ADDRESS_FAILURE_LIMIT
# failures over any user names, for AXES_COOLOFF_MINUTES; the German message says until when.
# Password-reset mails are limited per account and per address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=30)
AXES_HANDLER = "integrationsnetz.logins.LoginAttemptHandler"
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "integrationsnetz.security.client_ip"
AXES_LOCKOUT_CALLABLE = "integrationsnetz.security.lockout_response"
AXES_VERBOSE = False

# Request ids: nginx sends its $request_id (deploy/nginx/); without a proxy we make one.
# Every log line and the X-Request-ID response header carry it.
LOG_REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID" if BEHIND_PROXY else None
GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
REQUEST_ID_RESPONSE_HEADER = "X-Request-ID"
NO_REQUEST_ID = "-"

# One line per event (tracebacks included), JSON with LOG_FORMAT=json, with the request id,
# secrets redacted (integrationsnetz/log.py). Server errors also go to ADMINS by mail.
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "log_request_id.filters.RequestIDFilter"},
        "redact": {"()": "integrationsnetz.log.RedactSecretsFilter"},
        "not_unavailable": {"()": "integrationsnetz.log.SkipServiceUnavailableFilter"},
        "suspicious_as_warning": {"()": "integrationsnetz.log.SuspiciousAsWarningFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "text": {
            "()": "integrationsnetz.log.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
        "json": {
            "()": "integrationsnetz.log.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
            "filters": ["request_id", "redact"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Django's default configuration mails every ERROR of any "django" logger; only
        # server errors of our own (django.request, below) are worth a mail.
        "django": {"handlers": [], "level": "INFO"},
        # Bad Host headers, media path traversal, too many fields: the client's fault (400).
        # Django logs each on its own child logger, and a logger's filters do not apply to its
        # children's records; one it adds later is logged at ERROR, still without a mail.
        **{
            f"django.security.{name}": {"filters": ["suspicious_as_warning"]}
            for name in (
                "DisallowedHost",
                "DisallowedRedirect",
                "InvalidSessionKey",
                "RequestDataTooBig",
                "SuspiciousFileOperation",
                "SuspiciousMultipartForm",
                "SuspiciousOperation",
                "SuspiciousSession",
                "TooManyFieldsSent",
                "TooManyFilesSent",
            )
        },
        "django.request": {
            "handlers": ["console", "mail_admins"],
            # A database outage is logged once per minute by DatabaseUnavailableMiddleware.
            "filters": ["not_unavailable"],
            "propagate": False,
        },
        # One line per background task, page edit or successful login drowns real messages.
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Integrationsnetz")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# One page tree per language (wagtail-localize keeps translations in step with the German source).
WAGTAIL_I18N_ENABLED = True
# Dates in the admin as German editors write them: 02.12.2026 and 02.12.2026 14:30. Python
# strftime syntax, not the date filter's: Wagtail renders the field value with it and the form
# parses it through Django's German DATE(TIME)_INPUT_FORMATS, which accept ISO dates too.
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "integrationsnetz.logins.RateLimitedPasswordResetForm"  # noqa: S105
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Searches rendered at once per process; more get a calm "please try again" page (503).
SEARCH_CONCURRENCY = env.int("SEARCH_CONCURRENCY", default=2)
# Days of search statistics ("Häufige Suchanfragen") kept by searchpromotions_garbage_collect,
# which deploy/compose.yaml runs daily (docs/betrieb.md).
WAGTAILSEARCH_HITS_MAX_AGE = env.int("SEARCH_STATISTICS_DAYS", default=30)
# Wagtail's database backend; on PostgreSQL each page or snippet is stemmed by the text-search
# configuration of its language ("simple" where PostgreSQL has none), see docs/suche.md.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "integrationsnetz.search_backend",
        "SEARCH_CONFIG": "german",
        "LANGUAGE_CONFIGS": {
            "de": "german",
            "en": "english",
            "ru": "russian",
            "tr": "turkish",
            "ar": "arabic",
            "uk": "simple",
            "fa": "simple",
        },
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Self-hosted sign-language videos and their WebVTT captions (accessibility.SignLanguagePage).
WAGTAILDOCS_EXTENSIONS += ["mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The audio files of pages read aloud (read_aloud/audio.py), made on the server, not uploaded:
# served with their audio type and shown in the browser's player rather than downloaded.
WAGTAILDOCS_CONTENT_TYPES = {"opus": "audio/ogg", "wav": "audio/wav"}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain", "audio/ogg", "audio/wav"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The image form asks for the alt text (the description) unless an image is decorative.
WAGTAILIMAGES_IMAGE_FORM_BASE = "integrationsnetz.image_forms.ImageForm"
# Workflow e-mails (submitted, approved, changes requested) come from the site's sender.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# 40 megapixels: a 24-megapixel camera photo fits, a decompression bomb does not.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env.int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", default=40_000_000)
# No requests to third parties from the admin either (DSGVO): no Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
