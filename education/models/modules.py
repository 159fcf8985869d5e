"""Education modules for the village programme: what officials learn and pass on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import Document
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage

LESSON_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class KeyMessageBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text=_("The one sentence participants must remember."))

    class Meta:
        icon = "pick"
        template = "education/blocks/key_message.html"
        label = _("Key message")
        description = _("A highlighted sentence to remember.")
        preview_value = {"text": "Paspor hanya dipesan lewat aplikasi resmi M-Paspor."}


class SelfCheckBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.TextBlock(help_text=_("Shown when the reader opens it; works without JavaScript."))

    class Meta:
        icon = "help"
        template = "education/blocks/self_check.html"
        label = _("Self-check question")
        description = _("A question with its answer hidden until the reader asks for it.")
        preview_value = {"question": "Berapa biaya e-paspor 5 tahun?", "answer": "Lihat daftar biaya resmi."}


class LessonBlock(blocks.StructBlock):
    heading = blocks.CharBlock()
    body = blocks.StreamBlock(
        [
            ("text", blocks.RichTextBlock(features=LESSON_FEATURES)),
            ("image", ImageBlock()),
            ("video", EmbedBlock(help_text=_("A link to a video, e.g. on YouTube."))),
            ("key_message", KeyMessageBlock()),
            ("self_check", SelfCheckBlock()),
        ]
    )

    class Meta:
        icon = "doc-full"
        template = "education/blocks/lesson.html"
        label = _("Lesson")
        description = _("One lesson: text, pictures, a video, key messages and self-check questions.")


class Audience(models.TextChoices):
    OFFICIALS = "officials", _("Village officials")
    RESIDENTS = "residents", _("Residents")
    STUDENTS = "students", _("School students")


class EducationModulePage(RoutablePageMixin, BasePage):
    code = models.CharField(
        max_length=10, help_text=_("Short code used in session records, e.g. 'M1'."), verbose_name=_("code")
    )
    for_officials = models.BooleanField(_("for village officials"), default=True)
    for_residents = models.BooleanField(_("for residents"), default=False)
    for_students = models.BooleanField(_("for school students"), default=False)
    duration_minutes = models.PositiveSmallIntegerField(
        help_text=_("How long the session takes."), verbose_name=_("duration in minutes")
    )
    objectives = RichTextField(
        features=["ul", "bold"],
        help_text=_("What participants can do afterwards, as a list."),
        verbose_name=_("objectives"),
    )
    lessons = StreamField([("lesson", LessonBlock())], verbose_name=_("lessons"))

    override_translatable_fields = [SynchronizedField("code")]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("for_officials"),
                FieldPanel("for_residents"),
                FieldPanel("for_students"),
                FieldPanel("duration_minutes"),
            ],
            heading=_("Module"),
        ),
        FieldPanel("objectives"),
        FieldPanel("lessons"),
        InlinePanel("handouts", heading=_("Handouts"), label=_("Handout")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("objectives"),
        index.SearchField("lessons"),
        index.FilterField("code"),
    ]
    search_type = "modules"
    parent_page_types = ["education.EducationModuleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("education module")

    @classmethod
    def taught(cls):
        """The modules a training session can record: each module once, not each office
        site's copy of a national module (home/national.py)."""
        return cls.objects.filter(alias_of__isnull=True)

    def audiences(self):
        chosen = {
            Audience.OFFICIALS: self.for_officials,
            Audience.RESIDENTS: self.for_residents,
            Audience.STUDENTS: self.for_students,
        }
        return [audience.label for audience, included in chosen.items() if included]

    def key_messages(self):
        return [
            child.value["text"]
            for lesson in self.lessons
            for child in lesson.value["body"]
            if child.block_type == "key_message"
        ]

    def self_checks(self):
        return [
            child.value for lesson in self.lessons for child in lesson.value["body"] if child.block_type == "self_check"
        ]

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("handout/")
    def handout(self, request):
        """A one-page summary to print and hand out after a session."""
        return self.render(request, template="education/module_handout.html")


class ModuleHandout(TranslatableMixin, Orderable):
    page = ParentalKey(EducationModulePage, on_delete=models.CASCADE, related_name="handouts", verbose_name=_("page"))
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="+", verbose_name=_("document"))

    panels = [FieldPanel("document")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("handout")


class EducationModuleIndexPage(BasePage):
    search_type = "modules"
    parent_page_types = ["home.HomePage", "home.NationalLibraryPage"]
    subpage_types = ["education.EducationModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("education module index page")

    def modules(self):
        return EducationModulePage.objects.child_of(self).live().public().order_by("code")
