"""How a content pack's FAQ section becomes pages. See home/packs.py for the format."""

from wagtail.models import Page

from packs.loader import PackError, section

from .models import FaqPage, FaqQuestionPage


@section("faq")
def load_faq(pack, data):
    faq = pack.ensure_page(FaqPage, data["page"])
    pack.name_in_settings("faq_page", faq)
    for item in data["questions"]:
        if pack.page(FaqQuestionPage, item["slug"][pack.languages[0]]):
            continue
        t = pack.strings()
        related = item.get("related", [])
        related_pages = Page.objects.descendant_of(pack.home).filter(locale=pack.source, slug__in=related)
        missing = set(related) - {page.slug for page in related_pages}
        if missing:
            raise PackError(f"FAQ {item['slug']} points to pages the pack lacks: {', '.join(sorted(missing))}")
        page = FaqQuestionPage(
            title=t(item["question"]),
            slug=t(item["slug"]),
            topic=item["topic"],
            answer=t.rich(item["answer"]),
            related_pages=[("page", page) for page in sorted(related_pages, key=lambda p: related.index(p.slug))],
            **pack.review_dates(),
        )
        pack.add_page(faq, page, t)
