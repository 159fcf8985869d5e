"""Settings for a developer's machine: debug on unless DJANGO_DEBUG says otherwise."""

import os

os.environ.setdefault("DJANGO_DEBUG", "on")

from .base import *  # noqa: F403

# runserver serves static files from their sources; no collectstatic needed.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Mail is printed, unless EMAIL_BACKEND names another (the fault test counts what it sends).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Benchmarks, the fault test, the booking stand-in, generators and demo accounts:
# developers' tools, never loaded by production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "tools"]  # noqa: F405
