import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    # The migrations of 0.1.0's development, squashed (issue #34): a database that has them all needs nothing.
    replaces = [
        ("faq", "0001_initial"),
        ("faq", "0002_site_settings_help_pages"),
        ("faq", "0003_page_intro_from_base_page"),
        ("faq", "0004_feedback_report_permission"),
        ("faq", "0005_field_labels_in_both_languages"),
    ]

    dependencies = [
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="FaqPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "last_reviewed",
                    models.DateField(
                        blank=True,
                        help_text="When an editor last checked every fact on this page with the office.",
                        null=True,
                        verbose_name="last reviewed",
                    ),
                ),
                (
                    "next_review_due",
                    models.DateField(
                        blank=True,
                        help_text="When the page must be checked again. Pages past this date appear in the review report.",
                        null=True,
                        verbose_name="next review due",
                    ),
                ),
                (
                    "intro",
                    models.TextField(
                        help_text="One or two sentences under the heading: who the page is for and what it tells them.",
                        verbose_name="intro",
                    ),
                ),
            ],
            options={
                "verbose_name": "FAQ page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="FaqQuestionPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "last_reviewed",
                    models.DateField(
                        blank=True,
                        help_text="When an editor last checked every fact on this page with the office.",
                        null=True,
                        verbose_name="last reviewed",
                    ),
                ),
                (
                    "next_review_due",
                    models.DateField(
                        blank=True,
                        help_text="When the page must be checked again. Pages past this date appear in the review report.",
                        null=True,
                        verbose_name="next review due",
                    ),
                ),
                (
                    "topic",
                    models.CharField(
                        choices=[
                            ("requirements", "Requirements"),
                            ("fees", "Fees and payment"),
                            ("booking", "Booking and schedules"),
                            ("lost-damaged", "Lost or damaged passports"),
                            ("children", "Children"),
                            ("scams", "Scams and official channels"),
                            ("village", "Village programme"),
                        ],
                        max_length=20,
                        verbose_name="topic",
                    ),
                ),
                (
                    "answer",
                    wagtail.fields.RichTextField(
                        help_text="A short, complete answer. Link to the page with the details.", verbose_name="answer"
                    ),
                ),
                (
                    "related_pages",
                    wagtail.fields.StreamField(
                        [("page", 0)],
                        blank=True,
                        block_lookup={0: ("wagtail.blocks.PageChooserBlock", (), {"label": "Page"})},
                        help_text="Pages that tell more, such as the requirement page or the fee table.",
                        verbose_name="related pages",
                    ),
                ),
            ],
            options={
                "verbose_name": "FAQ question",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="Feedback",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("helpful", models.BooleanField(verbose_name="helpful")),
                ("comment", models.CharField(blank=True, max_length=500, verbose_name="comment")),
                ("created_on", models.DateField(auto_now_add=True, verbose_name="created on")),
                (
                    "question",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="feedback",
                        to="faq.faqquestionpage",
                        verbose_name="question",
                    ),
                ),
            ],
            options={
                "verbose_name": "FAQ feedback",
                "verbose_name_plural": "FAQ feedback",
                "ordering": ["-created_on", "-id"],
            },
        ),
    ]
