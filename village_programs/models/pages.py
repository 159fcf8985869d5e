"""Public programme pages: the desa binaan and what their sessions achieved.
Figures come from approved sessions only and contain no personal data."""

from django.db import models
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from education.models import EducationModulePage
from home.models import BasePage

from .sessions import TrainingSession
from .villages import Village


class VillageProgramIndexPage(BasePage):
    body = RichTextField(
        blank=True, features=["h2", "h3", "bold", "italic", "ul", "ol", "link"], verbose_name=_("body")
    )

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    search_type = "programme"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["village_programs.VillageProgramPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("village programme index page")

    def villages(self):
        return VillageProgramPage.objects.child_of(self).live().public().select_related("village").order_by("title")


class VillageProgramPage(BasePage):
    village = models.ForeignKey(Village, on_delete=models.PROTECT, related_name="+", verbose_name=_("village"))
    story = RichTextField(features=["h2", "h3", "bold", "italic", "ul", "ol", "link"], verbose_name=_("story"))

    content_panels = BasePage.content_panels + [FieldPanel("village"), FieldPanel("story")]
    search_fields = BasePage.search_fields + [index.SearchField("story")]
    search_type = "programme"
    parent_page_types = ["village_programs.VillageProgramIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("village programme page")

    def figures(self):
        approved = TrainingSession.objects.filter(village=self.village, status=TrainingSession.Status.APPROVED)
        totals = approved.aggregate(
            sessions=Count("id"), examples=Count("id", filter=Q(example=True)), women=Sum("women"), men=Sum("men")
        )
        keys = set(approved.exclude(modules__isnull=True).values_list("modules__translation_key", flat=True))
        covered = EducationModulePage.objects.live().filter(translation_key__in=keys, locale=self.locale)
        return {
            "examples": totals["examples"],
            "sessions": totals["sessions"] or 0,
            "women": totals["women"] or 0,
            "men": totals["men"] or 0,
            "people": (totals["women"] or 0) + (totals["men"] or 0),
            "modules": list(covered.order_by("code")),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = self.figures()
        return context
