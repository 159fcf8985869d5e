from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that machine endpoints under /api/ keep
    their answers: Django would turn their 404s into redirects to /id/api/...,
    because Wagtail's catch-all page URL makes every prefixed path look valid."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
