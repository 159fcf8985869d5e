"""A WSGI app that answers 200 to everything: gunicorn's shipped configuration is
tested on what it logs, whatever the site behind it would answer."""


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]
