from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache


@never_cache
def alive(request):
    """Liveness for a monitor or load balancer: this process answers through the whole
    middleware stack, with no page behind it. `make bench` measures it as the floor
    beside the pages' figures."""
    return HttpResponse(b"ok", content_type="text/plain")


def root_redirect(request):
    """Send "/" to the language the reader chose before, otherwise to Indonesian.

    The browser's Accept-Language is deliberately ignored here: many readers use
    phones set to English but read Indonesian first."""
    languages = {code for code, _name in settings.LANGUAGES}
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    language = chosen if chosen in languages else settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Cookie"])
    return response


def server_error(request):
    # No context processors and no database: the error may come from either.
    return HttpResponseServerError(loader.get_template("500.html").render({}))
