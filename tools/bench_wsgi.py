"""The site as `make bench` serves it: Django's application with production settings,
plus a floor with no Django at all (/_floor/bare/: two bytes from WSGI itself). With
/alive/ (two bytes through every middleware), it is measured in the same gunicorn and
the same run as the pages, so a reader on another machine can compare ratios, not only
milliseconds (issue #31). Production never loads this module: only the benchmark points
gunicorn at it."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
site = get_wsgi_application()
BARE = "/_floor/bare/"


def application(environ, start_response):
    if environ.get("PATH_INFO") == BARE:
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
        return [b"ok"]
    return site(environ, start_response)
