"""Frequently asked questions: one page per question, gathered by topic on the FAQ page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage


class Topic(models.TextChoices):
    # In the order the FAQ page shows them.
    REQUIREMENTS = "requirements", _("Requirements")
    FEES = "fees", _("Fees and payment")
    BOOKING = "booking", _("Booking and schedules")
    LOST_DAMAGED = "lost-damaged", _("Lost or damaged passports")
    CHILDREN = "children", _("Children")
    SCAMS = "scams", _("Scams and official channels")
    VILLAGE = "village", _("Village programme")


class FaqPage(BasePage):
    """All questions, grouped by topic, each with its own anchor."""

    search_type = "faq"
    fills_site_setting = "faq_page"
    parent_page_types = ["home.HomePage", "home.NationalLibraryPage"]
    subpage_types = ["faq.FaqQuestionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("FAQ page")

    def questions(self):
        return FaqQuestionPage.objects.child_of(self).live().public().order_by("path")

    def topics(self):
        """[(topic value, label, [questions])] in the order of Topic, empty topics left out."""
        questions = list(self.questions())
        grouped = []
        for value, label in Topic.choices:
            in_topic = [question for question in questions if question.topic == value]
            if in_topic:
                grouped.append((value, label, in_topic))
        return grouped

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.topics()
        return context


class FaqQuestionPage(BasePage):
    """One question and its answer. The title is the question, as a reader would ask it."""

    topic = models.CharField(max_length=20, choices=Topic.choices, verbose_name=_("topic"))
    answer = RichTextField(
        help_text=_("A short, complete answer. Link to the page with the details."), verbose_name=_("answer")
    )
    related_pages = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        help_text=_("Pages that tell more, such as the requirement page or the fee table."),
        verbose_name=_("related pages"),
    )

    # The question is the title and the answer says the rest: no introduction.
    intro = None
    content_panels = Page.content_panels + [FieldPanel("topic"), FieldPanel("answer"), FieldPanel("related_pages")]
    search_fields = Page.search_fields + [
        index.SearchField("search_roots"),
        index.SearchField("answer"),
        index.FilterField("topic"),
    ]
    search_type = "faq"
    override_translatable_fields = [
        SynchronizedField("topic"),
        TranslatableField("answer"),
        SynchronizedField("related_pages"),
    ]
    parent_page_types = ["faq.FaqPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("FAQ question")

    @property
    def anchor(self):
        return self.slug

    def get_context(self, request, *args, **kwargs):
        from .forms import FeedbackForm

        context = super().get_context(request, *args, **kwargs)
        context["feedback_form"] = FeedbackForm()
        context["feedback_sent"] = request.GET.get("feedback") == "thanks"
        context["related"] = self.remembered(request, "related", lambda: self.related_links(request))
        return context

    def related_links(self, request):
        """[(address, title)] of the related pages in the reader's language, on this
        site: a national page is linked at its copy here (BasePage.get_url_parts)."""
        links = []
        for block in self.related_pages:
            related = block.value.localized.specific
            url = related.get_url(request) if related.live else None
            if url:
                links.append((url, related.title))
        return links


class Feedback(models.Model):
    """One "Was this helpful?" answer. No name, address or IP: only what the reader chose to say."""

    # Readers' answers change no public page (core/page_cache.py).
    public_content = False

    question = models.ForeignKey(
        FaqQuestionPage, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("question")
    )
    helpful = models.BooleanField(verbose_name=_("helpful"))
    comment = models.CharField(max_length=500, blank=True, verbose_name=_("comment"))
    created_on = models.DateField(auto_now_add=True, verbose_name=_("created on"))

    class Meta:
        verbose_name = _("FAQ feedback")
        verbose_name_plural = _("FAQ feedback")
        ordering = ["-created_on", "-id"]

    def __str__(self):
        return f"{self.question}: {'yes' if self.helpful else 'no'}"
