"""Scam warnings: one page per pattern, an index and a feed."""

from django.db import models
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.seo import page_address
from home.models import BasePage

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ul", "ol", "link"]


class ScamPattern(models.TextChoices):
    FAKE_WHATSAPP = "fake_whatsapp", _("Fake WhatsApp 'officers'")
    FAKE_LINK = "fake_link", _("Fake links and apps")
    BROKER = "broker", _("Brokers and illegal fees")
    FALSIFIED_DATA = "falsified_data", _("Falsified data")
    FALSE_PURPOSE = "false_purpose", _("False travel purpose")
    JOB_OFFER = "job_offer", _("Job offers abroad")


def pattern_for_unlisted(kind):
    """The scam an unofficial channel of this checker kind most likely serves:
    an unknown number is a fake WhatsApp 'officer', anything else a fake link or app."""
    return ScamPattern.FAKE_WHATSAPP if kind == "phone" else ScamPattern.FAKE_LINK


class ScamWarningPage(BasePage):
    pattern = models.CharField(
        max_length=30,
        choices=ScamPattern.choices,
        help_text=_("The pattern this page explains; the channel checker links to it."),
        verbose_name=_("pattern"),
    )
    how_it_works = RichTextField(
        features=RICH_TEXT_FEATURES, help_text=_("How the scam goes, step by step."), verbose_name=_("how it works")
    )
    red_flags = RichTextField(
        features=RICH_TEXT_FEATURES, help_text=_("Signs to look out for, as a list."), verbose_name=_("red flags")
    )
    what_to_do = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_("What to do instead, and if it happened."),
        verbose_name=_("what to do"),
    )
    how_to_report = RichTextField(
        features=RICH_TEXT_FEATURES, help_text=_("Where and how to report it."), verbose_name=_("how to report")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("pattern"),
        FieldPanel("how_it_works"),
        FieldPanel("red_flags"),
        FieldPanel("what_to_do"),
        FieldPanel("how_to_report"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("how_it_works"),
        index.SearchField("red_flags"),
        index.SearchField("what_to_do"),
        index.SearchField("how_to_report"),
        index.FilterField("pattern"),
    ]
    search_type = "scams"
    parent_page_types = ["education.ScamWarningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("scam warning page")


class ScamWarningIndexPage(RoutablePageMixin, BasePage):
    search_type = "scams"
    parent_page_types = ["home.HomePage", "home.NationalLibraryPage"]
    subpage_types = ["education.ScamWarningPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("scam warning index page")

    def warnings(self):
        return ScamWarningPage.objects.child_of(self).live().public().order_by("-first_published_at")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["warnings"] = self.warnings()
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    def _feed(self, request, feed_class):
        feed = feed_class(
            title=self.title,
            link=page_address(request, self),
            description=self.intro,
            language=self.locale.language_code,
            feed_url=request.build_absolute_uri(),
        )
        for warning in self.warnings()[:20]:
            feed.add_item(
                title=warning.title,
                link=page_address(request, warning),
                description=warning.intro,
                unique_id=page_address(request, warning),
                pubdate=warning.first_published_at,
                updateddate=warning.last_published_at,
            )
        response = HttpResponse(content_type=f"{feed.content_type}")
        feed.write(response, "utf-8")
        return response

    @path("feed/")
    def rss(self, request):
        return self._feed(request, Rss201rev2Feed)

    @path("atom/")
    def atom(self, request):
        return self._feed(request, Atom1Feed)
