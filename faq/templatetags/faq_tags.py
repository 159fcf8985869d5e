from django import template
from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

from core.seo import page_address
from faq.models import FaqPage

register = template.Library()


def _question(question, request):
    return {
        "@type": "Question",
        "name": question.title,
        "url": page_address(request, question),
        "acceptedAnswer": {"@type": "Answer", "text": " ".join(strip_tags(expand_db_html(question.answer)).split())},
    }


@register.filter
def faq_ld(page, request):
    """schema.org FAQPage for the FAQ page, every question once."""
    questions = (
        [question for _topic, _label, in_topic in page.topics() for question in in_topic]
        if isinstance(page, FaqPage)
        else [page]
    )
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": page.locale.language_code,
        "mainEntity": [_question(question, request) for question in questions],
    }
