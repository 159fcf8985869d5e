"""Settings shared by every environment. Everything that differs between machines
comes from environment variables; site/env.example lists each one with its meaning."""

import datetime
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-development-key-never-use-in-production"

# In development every *.localhost name reaches this machine: one per office site (site/demo/).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", ".localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "operations",
    "home",
    "education",
    "faq",
    "village_programs",
    "search",
    "packs",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
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
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Backup codes, each good once, for a lost phone or a locked authenticator.
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 Not Modified, for cached pages too.
    "core.middleware.RetryAfterMiddleware",
    "core.middleware.ConditionalGetMiddleware",
    # Early, so that a cached page skips everything below (home/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "home.middleware.OfficeTimeZoneMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.two_factor.StaffTwoFactorMiddleware",
    "core.middleware.SessionTimeoutMiddleware",
    "core.middleware.LoginThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Content Security Policy (django-csp): the public site runs only its own files,
# no inline script or style. JSON-LD blocks are data, which CSP leaves alone.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Lesson videos are embedded from these only.
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CSP_ADMIN_PREFIXES = ("/admin/",)
CSP_ADMIN_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https://www.gravatar.com"],
    "frame-ancestors": ["'self'"],  # the page preview
    "frame-src": ["'self'", *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "village_programs.auth.OfficerModelBackend",
    # Sessions started before the line above name this one: they stay valid.
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling for the officer area and the admin: five wrong passwords for one
# user name from one address lock that pair out for a while.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "core.security.axes_username"
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
# Wrong passwords from one address across all user names (password spraying), per hour,
# and password-reset requests per client and per e-mail address, per hour (core/middleware.py).
LOGIN_FAILURES_PER_CLIENT = (env_int("LOGIN_FAILURES_PER_CLIENT", 30), 3600)
PASSWORD_RESET_RATE_LIMIT = (env_int("PASSWORD_RESET_RATE_LIMIT", 5), 3600)
# Every login form the site serves, Wagtail's own for private pages (/id/_util/login/) included;
# tests/security/test_round_three.py fails when a URL with a login view is missing here.
THROTTLED_LOGIN_URL_NAMES = ["wagtailadmin_login", "village:login", "wagtailcore_login"]
THROTTLED_RESET_URL_NAMES = ["wagtailadmin_password_reset"]
# Signed-in sessions end after this long without a request, and this long after login.
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 30)
SESSION_MAX_HOURS = env_int("SESSION_MAX_HOURS", 12)
SESSION_COOKIE_AGE = SESSION_MAX_HOURS * 3600
# Who must give a code from an authenticator app after the password in the admin
# (home/two_factor.py): any of "superusers", "reviewers", "staff" (every admin user).
# Production requires at least superusers. Anyone may set it up for themselves.
STAFF_TWO_FACTOR = env_list("STAFF_TWO_FACTOR", [])
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Kantor Imigrasi")
# How many reverse proxies (nginx) stand between readers and the site, each
# appending to X-Forwarded-For. 0: the connecting address is the reader's.
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "village_programs/locked_out.html"

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # With connections kept (production: DATABASE_CONN_MAX_AGE=60), one the server
        # closed meanwhile is replaced instead of failing a request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The site and the worker write to one file: WAL lets readers go on while one
    # writes, IMMEDIATE takes the write lock when a transaction starts (not half-way,
    # when SQLite can only fail), and a writer waits up to 20 s instead of failing
    # at once with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
        timeout=20,
    )
# A read replica for the admin's reports (home/db.py), so that long reports never
# slow the primary. Nothing else reads from it: replication lag must not hide a
# session an officer has just saved.
if env_str("DATABASE_REPLICA_URL", ""):
    DATABASES["replica"] = dj_database_url.parse(
        env_str("DATABASE_REPLICA_URL", ""), conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0)
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise memory local to each process.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # ASVS level 2: at least 12 characters, and not one of the 20,000 most common passwords.
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "core.security.PasswordNotNameValidator"},
    {"NAME": "core.security.VariedPasswordValidator"},
]

# Languages. Indonesian is the default and the source language of content.
# Adding a language (say Sundanese, "su") means adding it here and its catalogue
# under site/locale/; `migrate` then creates its Wagtail locale, mirroring the
# Indonesian pages until editors translate them (home/locales.py).
LANGUAGE_CODE = "id"
LANGUAGES = [
    ("id", _("Indonesian")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks the same languages; each user picks theirs under Account >
# Preferences, and until they do it is LANGUAGE_CODE, Indonesian.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
# Our interface strings (makemessages), then what Wagtail's own Indonesian catalogue lacks
# on the editors' screens (written by hand; Django reads these before Wagtail's).
LOCALE_PATHS = [BASE_DIR / "site" / "locale", BASE_DIR / "site" / "locale-admin"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# A new translation is saved as a draft so that a reviewer publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation stays off unless an operator points the site at a
# self-hosted LibreTranslate or at DeepL.
MACHINE_TRANSLATOR = env_str("MACHINE_TRANSLATOR", "").strip().lower()
if MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env_str("LIBRETRANSLATE_URL", ""),
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY", ""),
        },
    }
    if not WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["LIBRETRANSLATE_URL"]:
        raise ImproperlyConfigured("MACHINE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL.")
elif MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env_str("DEEPL_AUTH_KEY", "")},
    }
    if not WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["AUTH_KEY"]:
        raise ImproperlyConfigured("MACHINE_TRANSLATOR=deepl needs DEEPL_AUTH_KEY.")
elif MACHINE_TRANSLATOR:
    raise ImproperlyConfigured("MACHINE_TRANSLATOR must be 'libretranslate', 'deepl' or empty.")

# Static files: one hand-written stylesheet and a few scripts live in site/static.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Personal data (photos of attendance sheets) never lives under MEDIA_ROOT, which the web server publishes.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
# How long photos and names in session records are kept (UU PDP); then purge_personal_data removes them.
PERSONAL_DATA_RETENTION_DAYS = env_int("PERSONAL_DATA_RETENTION_DAYS", 730)
# The search query log and FAQ comments: long enough for the editors' reports.
QUERY_LOG_RETENTION_DAYS = env_int("QUERY_LOG_RETENTION_DAYS", 365)
FEEDBACK_RETENTION_DAYS = env_int("FEEDBACK_RETENTION_DAYS", 365)
# Largest photo an officer may upload.
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 5 * 1024 * 1024)
# Largest picture in pixels. A small file can claim a huge picture (a 12 KB PNG
# of 10,000 × 10,000 decodes to 100 MB and more); the size is read from the
# header and refused before anything is decoded. 50 million covers a 50 MP phone camera:
# a JPEG is decoded at the fraction of its size it is kept at. PNG, WebP and GIF are
# decoded whole, so their limit is what fits in this much memory (core/images.py, measured
# with `manage.py bench_images`, docs/benchmarks.md): 7.7 million pixels for PNG, 4.2 for WebP.
MAX_IMAGE_PIXELS = env_int("MAX_IMAGE_PIXELS", 50_000_000)
IMAGE_MEMORY_BUDGET = env_int("IMAGE_MEMORY_BUDGET_MB", 96) * 1024 * 1024
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names so that browsers may cache assets for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media on S3-compatible object storage (django-storages), so that several app
# servers share it. Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
# Personal data (attendance photos) goes to a second, private bucket, read only
# through the site.
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    _s3 = {
        "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL", "") or None,
        "region_name": env_str("MEDIA_S3_REGION", "") or None,
        "file_overwrite": False,
        "default_acl": None,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**_s3, "bucket_name": MEDIA_S3_BUCKET, "querystring_auth": False},
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**_s3, "bucket_name": env_str("PRIVATE_MEDIA_S3_BUCKET", ""), "querystring_auth": True},
    }
    if not STORAGES["private"]["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("MEDIA_S3_BUCKET needs PRIVATE_MEDIA_S3_BUCKET for personal data.")

# A CDN or caching proxy in front of the site: Wagtail purges a page's URLs when it
# is published (wagtail.contrib.frontend_cache). FRONTEND_CACHE_URL for a proxy that
# accepts PURGE (the shipped nginx edge's purge server, http://127.0.0.1:8081, or
# Varnish), or CLOUDFLARE_* for Cloudflare. (Wagtail reads WAGTAILFRONTENDCACHE: an
# earlier spelling with an underscore configured nothing.)
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_URL", ""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_URL", ""),
    }
if env_str("CLOUDFLARE_ZONEID", ""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": env_str("CLOUDFLARE_ZONEID", ""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Background work: django-tasks with its database backend; `manage.py run_worker` runs it.
# Wagtail queues its search-index updates here too, so the worker must run beside the site.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "operations.task_backend.FairDatabaseBackend")}}
# A task still RUNNING this long after it started lost its worker (killed, machine
# restarted): it is queued again. Longer than any task takes, booking timeouts included.
TASK_LEASE_SECONDS = env_int("TASK_LEASE_SECONDS", 900)
# `manage.py smoke` fails when the oldest due task has waited longer than this.
TASK_QUEUE_LATE_SECONDS = env_int("TASK_QUEUE_LATE_SECONDS", 600)

# The office's booking system. Without a URL, the office queue in the admin plays its part.
BOOKING_API_URL = env_str("BOOKING_API_URL", "").rstrip("/")
BOOKING_API_SECRET = env_str("BOOKING_API_SECRET", "")
BOOKING_API_TIMEOUT = float(env_str("BOOKING_API_TIMEOUT", "10"))
# How long delivery keeps retrying before the request is marked as failed.
BOOKING_RETRY_HOURS = env_int("BOOKING_RETRY_HOURS", 24)
# The first wait after a failed attempt; each further wait doubles, up to an hour.
BOOKING_RETRY_FIRST_SECONDS = float(env_str("BOOKING_RETRY_FIRST_SECONDS", "30"))
if BOOKING_API_URL and not BOOKING_API_SECRET:
    raise ImproperlyConfigured("BOOKING_API_URL needs BOOKING_API_SECRET to sign requests and check callbacks.")

WAGTAIL_SITE_NAME = "Kantor Imigrasi"
# Wagtail 7.4 saves open forms in the background every half second. On a create form
# that background POST and the editor's own "save draft" each made an object (two
# banners from one click, issue #33), and on our reviewed content every pause in typing
# became a revision the reviewer had to wade through. Saving is the editor's act here;
# 0 turns it off, a number of milliseconds turns it back on.
WAGTAIL_AUTOSAVE_INTERVAL = env_int("WAGTAIL_AUTOSAVE_INTERVAL", 0)
# The site's address in e-mails (officers' notices, the reviewers' digest, Wagtail's own).
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Mail, sent by the background worker: any SMTP server; or a provider through
# django-anymail (install it and set EMAIL_BACKEND to its backend, with its ANYMAIL settings).
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Kantor Imigrasi <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Search: the database backend unless SEARCH_URL points at Elasticsearch 9 or, with
# SEARCH_ENGINE=opensearch, OpenSearch; search/elasticsearch.py builds the index settings
# (analyzers, synonyms) for both (docs/search.md).
SEARCH_URL = env_str("SEARCH_URL", "")
SEARCH_ENGINE = env_str("SEARCH_ENGINE", "elasticsearch")
if SEARCH_ENGINE not in ("elasticsearch", "opensearch"):
    raise ImproperlyConfigured("SEARCH_ENGINE must be 'elasticsearch' or 'opensearch'.")
# Equivalent words and common misspellings, per language, for both backends (docs/search.md).
SEARCH_SYNONYMS_FILE = BASE_DIR / "search" / "synonyms.txt"
# How words are reduced to roots for the database backend: "sastrawi" (PySastrawi),
# "snowball" (PyStemmer) or "builtin"; chosen by measurement (docs/search.md).
# Changing it needs `manage.py update_index`.
SEARCH_STEMMER = env_str("SEARCH_STEMMER", "sastrawi")
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.{SEARCH_ENGINE}",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": env_str("SEARCH_INDEX_PREFIX", "kanim_"),
            "TIMEOUT": env_int("SEARCH_TIMEOUT", 5),
        }
    }
else:
    # "simple": no stemming by PostgreSQL; home/text.py has already reduced words to roots, per language.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database", "SEARCH_CONFIG": "simple"}}
# Public pages for anonymous readers, shared by all app servers through the cache
# and renewed on every content change (home/page_cache.py). 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Browsers ask again every time (an editor must see an edit at once) but get a
# 304 Not Modified, no body, when the page has not changed: cheap on slow data.
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 0)
# Views that must always run (search logs its queries; the officer area is personal)
# say so with Cache-Control: private or no-store, and are never stored.
PAGE_CACHE_PATHS = (*(f"/{code}/" for code, _name in LANGUAGES), "/sitemap.xml", "/api/v1/")
# Whether search engines may index this copy of the site (robots.txt). Off except
# in production settings, and off on a staging server, so a test copy never
# competes with the office's real pages in search results.
ALLOW_INDEXING = env_bool("ALLOW_INDEXING", False)
# Requests allowed per client and window (seconds) on public forms, answered politely beyond that.
FEEDBACK_RATE_LIMIT = (env_int("FEEDBACK_RATE_LIMIT", 20), 3600)
SUGGEST_RATE_LIMIT = (env_int("SUGGEST_RATE_LIMIT", 120), 60)
CHECKER_RATE_LIMIT = (env_int("CHECKER_RATE_LIMIT", 30), 60)
SEARCH_RATE_LIMIT = (env_int("SEARCH_RATE_LIMIT", 60), 60)
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.forms.PdfDocumentForm"
MAX_DOCUMENT_BYTES = env_int("MAX_DOCUMENT_BYTES", 10 * 1024 * 1024)
# Photos and pictures only: no SVG, which can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = MAX_UPLOAD_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.forms.ReencodedImageForm"
# Editors may use h2-h4 in rich text: the page title is the only h1.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # The handler's level too: Django's own loggers pass warnings up (every 404 and 429) otherwise.
    "handlers": {"console": {"class": "logging.StreamHandler", "level": env_str("LOG_LEVEL", "WARNING")}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "filters": {
        # nginx's purge answers 412 for a page it does not hold (its copies live a second): not an error.
        "purged_or_absent": {
            "()": "django.utils.log.CallbackFilter",
            "callback": lambda record: "HTTPError: 412" not in record.getMessage(),
        }
    },
    "loggers": {
        "wagtail.frontendcache": {"handlers": ["console"], "filters": ["purged_or_absent"], "propagate": False}
    },
}
