"""Open-data endpoints for the questions and answers (docs/open-data.openapi.yaml)."""

from django.utils.translation import gettext as _

from core import api, page_cache
from core.api import ApiError, endpoint, page_fields, paginated
from core.text import plain_text

from .models import FaqQuestionPage, Topic


def question_data(request, page):
    return {
        **page_fields(request, page),
        "topic": page.topic,
        "topic_label": str(page.get_topic_display()),
        "answer": plain_text(page.answer),
    }


@endpoint
def questions(request):
    pages = api.site_pages(request, FaqQuestionPage).order_by("path")
    topic = request.GET.get("topic")
    if topic is not None:
        if topic not in Topic.values:
            raise ApiError(400, _("Unknown topic. Use one of: %(topics)s.") % {"topics": ", ".join(Topic.values)})
        page_cache.honour(request, "topic", topic)
        pages = pages.filter(topic=topic)
    return paginated(request, list(pages), lambda page: question_data(request, page))


@endpoint
def question(request, page_id):
    return question_data(request, api.page_by_id(request, FaqQuestionPage, page_id))
