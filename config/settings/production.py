"""Production settings. They refuse to start with a configuration that would be
unsafe on the public internet, and say which variable to fix."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DATABASES, DEBUG, REDIS_URL, SECRET_KEY
from .env import env_bool, env_int, env_list

# Who publishes, approves or reads villagers' records gives a second step by default (core/two_factor.py).
STAFF_TWO_FACTOR = env_list("STAFF_TWO_FACTOR", ["superusers", "reviewers", "personal-data"])


def insecure_reasons():
    reasons = []
    if "superusers" not in STAFF_TWO_FACTOR and "staff" not in STAFF_TWO_FACTOR:
        reasons.append("STAFF_TWO_FACTOR must include superusers (a second login step for the most powerful accounts).")
    if DEBUG:
        reasons.append("DJANGO_DEBUG must be off.")
    if SECRET_KEY.startswith("insecure") or len(SECRET_KEY) < 40 or len(set(SECRET_KEY)) < 10:
        reasons.append("SECRET_KEY must be a long random value (at least 40 characters).")
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        reasons.append("ALLOWED_HOSTS must list the site's host names, without '*'.")
    if DATABASES["default"]["ENGINE"].endswith("sqlite3") and not env_bool("ALLOW_SQLITE_IN_PRODUCTION", False):
        reasons.append("DATABASE_URL must point to PostgreSQL (or set ALLOW_SQLITE_IN_PRODUCTION=on knowingly).")
    if not REDIS_URL and not env_bool("ALLOW_LOCAL_CACHE", False):
        # Without a shared cache each gunicorn worker keeps its own copy of the pages,
        # and a publish renews only the copy of the worker that saw it.
        reasons.append("REDIS_URL must be set (or ALLOW_LOCAL_CACHE=on, knowingly, with a single worker).")
    return reasons


_reasons = insecure_reasons()
if _reasons:
    raise ImproperlyConfigured("Refusing to start with an insecure configuration: " + " ".join(_reasons))

# The documented deployment puts nginx in front (docs/deployment.md).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 1)
# A staging server runs these settings too: it sets ALLOW_INDEXING=off.
ALLOW_INDEXING = env_bool("ALLOW_INDEXING", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Wagtail's preview view allows its own frame (xframe_options_sameorigin_override).
X_FRAME_OPTIONS = "DENY"
