"""Settings for the test suite: fast, isolated, and independent of the developer's environment."""

import os
from pathlib import Path

os.environ.setdefault("DJANGO_DEBUG", "off")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")

from .base import *  # noqa: F403

ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost", ".localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("TEST_CACHE_DIR"):
    # The site served in its own process shares its cache with the commands a test runs
    # beside it (a publish from `manage.py shell`), as production's processes share Redis.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["TEST_CACHE_DIR"],
        }
    }
# Tasks run at once (search indexing included); tests of the worker ask for the database backend.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "test-artifacts" / "media"))  # noqa: F405
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "test-artifacts" / "private-media"))  # noqa: F405
# Serve static files straight from their sources, as runserver does.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The developers' tools (benchmarks, stand-ins, demo accounts) are tested too.
INSTALLED_APPS = [*INSTALLED_APPS, "tools"]  # noqa: F405
