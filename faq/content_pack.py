"""How a content pack's FAQ section becomes pages. See home/packs.py for the format."""

from wagtail.models import Page

from home.models import SiteSettings
from home.packs import PackError, section

from .models import FaqPage, FaqQuestionPage


@section("faq")
def load_faq(pack, data):
    faq = FaqPage.objects.descendant_of(pack.home).filter(locale=pack.source).first()
    if faq is None:
        t = pack.strings()
        page = data["page"]
        faq = FaqPage(title=t(page["title"]), slug=t(page["slug"]), intro=t(page["intro"]), **pack.review_dates())
        pack.add_page(pack.home, faq, t)
    site_settings = SiteSettings.for_site(pack.site)
    if site_settings.faq_page_id is None:
        site_settings.faq_page = faq
        site_settings.save()
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
