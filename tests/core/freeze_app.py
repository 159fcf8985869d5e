"""A WSGI app that says how many objects its worker has put out of the garbage collector's reach."""

import gc


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(gc.get_freeze_count()).encode()]
