"""Demo content for the FAQ, built through wagtail-localize like the rest of the demo."""

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from education.demo import REVIEW_AFTER, REVIEWED
from home.translation import Bilingual, translate

from .demo_content import FAQ, QUESTIONS
from .models import FaqPage, FaqQuestionPage


def review_dates():
    return {"last_reviewed": REVIEWED, "next_review_due": timezone.localdate() + REVIEW_AFTER}


def load(log):
    id_locale = Locale.objects.get(language_code="id")
    en_locale = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page.specific
    faq = FaqPage.objects.filter(locale=id_locale).first()
    if faq is None:
        t = Bilingual()
        faq = FaqPage(title=t(*FAQ["title"]), slug=t(*FAQ["slug"]), intro=t(*FAQ["intro"]), **review_dates())
        home.add_child(instance=faq)
        faq.save_revision().publish()
        translate(faq, en_locale, t.strings)
        log(f"Page {faq.slug}")
    for topic, slug, question, paragraphs, related in QUESTIONS:
        if FaqQuestionPage.objects.filter(locale=id_locale, slug=slug[0]).exists():
            continue
        t = Bilingual()
        related_pages = Page.objects.filter(locale=id_locale, slug__in=related)
        missing = set(related) - {page.slug for page in related_pages}
        assert not missing, f"FAQ {slug[0]} points to pages the demo lacks: {missing}"
        page = FaqQuestionPage(
            title=t(*question),
            slug=t(*slug),
            topic=topic,
            answer=t.rich(*(("p", *pair) for pair in paragraphs)),
            related_pages=[("page", page) for page in sorted(related_pages, key=lambda p: related.index(p.slug))],
            **review_dates(),
        )
        faq.add_child(instance=page)
        page.save_revision().publish()
        translate(page, en_locale, t.strings)
        log(f"Page {page.slug}")
