from django.urls import path
from wagtail import hooks

from . import translation_review


@hooks.register("register_admin_urls")
def register_translation_review_url():
    return [
        path(
            "translations/<int:page_id>/submit/",
            translation_review.submit_for_review,
            name="submit_translation_for_review",
        )
    ]


hooks.register("register_page_header_buttons", translation_review.header_buttons)


# Before wagtail-localize's own hook, which answers with its translation editor.
@hooks.register("before_edit_page", order=-10)
def explain_translation_publishing(request, page):
    if request.method == "GET":
        translation_review.explain_publishing(request, page)
