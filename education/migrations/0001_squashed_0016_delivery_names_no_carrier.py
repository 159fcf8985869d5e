import uuid

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    # The migrations of 0.1.0's development, squashed (issue #34): a database that has them all needs nothing.
    replaces = [
        ("education", "0001_initial"),
        ("education", "0002_roles_and_fee_workflow"),
        ("education", "0003_education_modules"),
        ("education", "0004_site_settings_help_pages"),
        ("education", "0005_page_intro_from_base_page"),
        ("education", "0006_fee_checklist_use"),
        ("education", "0007_fee_order"),
        ("education", "0008_serviceevent_updated_at"),
        ("education", "0009_editors_cannot_change_live_facts"),
        ("education", "0010_reviewed_service_events"),
        ("education", "0011_review_for_public_snippets"),
        ("education", "0012_field_labels_in_both_languages"),
        ("education", "0013_fee_office"),
        ("education", "0014_fee_checklist_line_per_office"),
        ("education", "0015_service_event_example"),
        ("education", "0016_delivery_names_no_carrier"),
    ]

    dependencies = [
        ("home", "0001_squashed_0026_banner_shown_by_default"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ChannelCheckerPage",
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
                "verbose_name": "channel checker page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="ChecklistPage",
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
                "verbose_name": "checklist page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="EducationModuleIndexPage",
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
                "verbose_name": "education module index page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="EducationModulePage",
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
                (
                    "code",
                    models.CharField(
                        help_text="Short code used in session records, e.g. 'M1'.", max_length=10, verbose_name="code"
                    ),
                ),
                ("for_officials", models.BooleanField(default=True, verbose_name="for village officials")),
                ("for_residents", models.BooleanField(default=False, verbose_name="for residents")),
                ("for_students", models.BooleanField(default=False, verbose_name="for school students")),
                (
                    "duration_minutes",
                    models.PositiveSmallIntegerField(
                        help_text="How long the session takes.", verbose_name="duration in minutes"
                    ),
                ),
                (
                    "objectives",
                    wagtail.fields.RichTextField(
                        help_text="What participants can do afterwards, as a list.", verbose_name="objectives"
                    ),
                ),
                (
                    "lessons",
                    wagtail.fields.StreamField(
                        [("lesson", 9)],
                        block_lookup={
                            0: ("wagtail.blocks.CharBlock", (), {}),
                            1: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {"features": ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
                            ),
                            2: ("wagtail.images.blocks.ImageBlock", [], {}),
                            3: (
                                "wagtail.embeds.blocks.EmbedBlock",
                                (),
                                {"help_text": "A link to a video, e.g. on YouTube."},
                            ),
                            4: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {"help_text": "The one sentence participants must remember."},
                            ),
                            5: ("wagtail.blocks.StructBlock", [[("text", 4)]], {}),
                            6: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {"help_text": "Shown when the reader opens it; works without JavaScript."},
                            ),
                            7: ("wagtail.blocks.StructBlock", [[("question", 0), ("answer", 6)]], {}),
                            8: (
                                "wagtail.blocks.StreamBlock",
                                [[("text", 1), ("image", 2), ("video", 3), ("key_message", 5), ("self_check", 7)]],
                                {},
                            ),
                            9: ("wagtail.blocks.StructBlock", [[("heading", 0), ("body", 8)]], {}),
                        },
                        verbose_name="lessons",
                    ),
                ),
            ],
            options={
                "verbose_name": "education module",
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
        ),
        migrations.CreateModel(
            name="FeeIndexPage",
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
                (
                    "notes",
                    wagtail.fields.RichTextField(
                        blank=True, help_text="How to pay, and what never to pay.", verbose_name="notes"
                    ),
                ),
            ],
            options={
                "verbose_name": "fee index page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="FeeRate",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("live", models.BooleanField(default=True, editable=False, verbose_name="live")),
                (
                    "has_unpublished_changes",
                    models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes"),
                ),
                (
                    "first_published_at",
                    models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="first published at"),
                ),
                (
                    "last_published_at",
                    models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
                ),
                ("go_live_at", models.DateTimeField(blank=True, null=True, verbose_name="go live date/time")),
                ("expire_at", models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time")),
                ("expired", models.BooleanField(default=False, editable=False, verbose_name="expired")),
                (
                    "amount",
                    models.PositiveIntegerField(
                        help_text="In whole rupiah, without dots: 650000.", verbose_name="amount"
                    ),
                ),
                (
                    "legal_basis",
                    models.CharField(
                        help_text="The regulation that sets the amount, e.g. 'PP 45/2024'.",
                        max_length=120,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "effective_from",
                    models.DateField(help_text="First day this amount applies.", verbose_name="effective from"),
                ),
                (
                    "effective_until",
                    models.DateField(
                        blank=True,
                        help_text="Last day this amount applies; empty while no end is known.",
                        null=True,
                        verbose_name="effective until",
                    ),
                ),
                (
                    "source_note",
                    models.TextField(
                        blank=True,
                        help_text="Never shown to the public: where the figure comes from and what is still uncertain.",
                        verbose_name="source note",
                    ),
                ),
            ],
            options={
                "verbose_name": "fee rate",
                "verbose_name_plural": "fee rates",
                "ordering": ["fee__name", "-effective_from"],
            },
        ),
        migrations.CreateModel(
            name="ModuleHandout",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
            ],
            options={
                "verbose_name": "handout",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="RequirementFee",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
            ],
            options={
                "verbose_name": "fee",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="RequirementIndexPage",
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
                "verbose_name": "requirement index page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="RequirementPage",
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
                (
                    "service",
                    models.CharField(
                        choices=[
                            ("new", "New passport"),
                            ("replacement", "Replacement (expired or full)"),
                            ("lost", "Lost passport"),
                            ("damaged", "Damaged passport"),
                            ("migrant_worker", "Migrant worker passport"),
                        ],
                        max_length=20,
                        verbose_name="service",
                    ),
                ),
                (
                    "applicant",
                    models.CharField(
                        choices=[("adult", "Adult"), ("child", "Child")],
                        default="adult",
                        help_text="Whose documents the page lists. Replacement, lost and damaged pages are written for adults.",
                        max_length=10,
                        verbose_name="applicant",
                    ),
                ),
                (
                    "channel",
                    models.CharField(
                        choices=[
                            ("m_paspor", "Book in the M-Paspor app"),
                            ("walk_in", "Walk in to the office (no booking)"),
                        ],
                        max_length=20,
                        verbose_name="channel",
                    ),
                ),
                (
                    "channel_note",
                    models.TextField(
                        blank=True, help_text="Anything special about how to apply.", verbose_name="channel note"
                    ),
                ),
                (
                    "processing_time",
                    models.CharField(
                        help_text="How long until the passport is ready.",
                        max_length=150,
                        verbose_name="processing time",
                    ),
                ),
                (
                    "steps",
                    wagtail.fields.StreamField(
                        [("step", 2)],
                        block_lookup={
                            0: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"help_text": "Short, starting with a verb: 'Book a slot in M-Paspor'."},
                            ),
                            1: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {"help_text": "What the reader does and what to expect."},
                            ),
                            2: ("wagtail.blocks.StructBlock", [[("title", 0), ("text", 1)]], {}),
                        },
                        help_text="The steps in order.",
                        verbose_name="steps",
                    ),
                ),
                (
                    "notes",
                    wagtail.fields.RichTextField(
                        blank=True, help_text="Anything else readers must know.", verbose_name="notes"
                    ),
                ),
            ],
            options={
                "verbose_name": "requirement page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="RequirementScamLink",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
            ],
            options={
                "verbose_name": "scam warning",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="ScamWarningIndexPage",
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
                "verbose_name": "scam warning index page",
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
        ),
        migrations.CreateModel(
            name="ScamWarningPage",
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
                (
                    "pattern",
                    models.CharField(
                        choices=[
                            ("fake_whatsapp", "Fake WhatsApp 'officers'"),
                            ("fake_link", "Fake links and apps"),
                            ("broker", "Brokers and illegal fees"),
                            ("falsified_data", "Falsified data"),
                            ("false_purpose", "False travel purpose"),
                            ("job_offer", "Job offers abroad"),
                        ],
                        help_text="The pattern this page explains; the channel checker links to it.",
                        max_length=30,
                        verbose_name="pattern",
                    ),
                ),
                (
                    "how_it_works",
                    wagtail.fields.RichTextField(
                        help_text="How the scam goes, step by step.", verbose_name="how it works"
                    ),
                ),
                (
                    "red_flags",
                    wagtail.fields.RichTextField(
                        help_text="Signs to look out for, as a list.", verbose_name="red flags"
                    ),
                ),
                (
                    "what_to_do",
                    wagtail.fields.RichTextField(
                        help_text="What to do instead, and if it happened.", verbose_name="what to do"
                    ),
                ),
                (
                    "how_to_report",
                    wagtail.fields.RichTextField(help_text="Where and how to report it.", verbose_name="how to report"),
                ),
            ],
            options={
                "verbose_name": "scam warning page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="ServiceEvent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("live", models.BooleanField(default=True, editable=False, verbose_name="live")),
                (
                    "has_unpublished_changes",
                    models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes"),
                ),
                (
                    "first_published_at",
                    models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="first published at"),
                ),
                (
                    "last_published_at",
                    models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
                ),
                ("go_live_at", models.DateTimeField(blank=True, null=True, verbose_name="go live date/time")),
                ("expire_at", models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time")),
                ("expired", models.BooleanField(default=False, editable=False, verbose_name="expired")),
                ("locked", models.BooleanField(default=False, editable=False, verbose_name="locked")),
                ("locked_at", models.DateTimeField(editable=False, null=True, verbose_name="locked at")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("mall", "Shopping centre"),
                            ("pesantren", "Pesantren"),
                            ("village", "Village"),
                            ("kecamatan", "Sub-district office"),
                            ("school", "School or campus"),
                            ("other", "Other"),
                        ],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        help_text="e.g. 'Mobile passport service at Desa Sukamaju'.",
                        max_length=150,
                        verbose_name="title",
                    ),
                ),
                (
                    "place",
                    models.CharField(
                        help_text="Name of the venue, e.g. 'Sukamaju village hall'.",
                        max_length=150,
                        verbose_name="place",
                    ),
                ),
                ("address", models.CharField(blank=True, max_length=250, verbose_name="address")),
                ("starts_at", models.DateTimeField(verbose_name="starts at")),
                ("ends_at", models.DateTimeField(verbose_name="ends at")),
                (
                    "quota",
                    models.PositiveSmallIntegerField(
                        blank=True, help_text="How many applicants can be served.", null=True, verbose_name="quota"
                    ),
                ),
                (
                    "notes",
                    models.TextField(
                        blank=True, help_text="Who can come, what to bring, how to register.", verbose_name="notes"
                    ),
                ),
                ("cancelled", models.BooleanField(default=False, verbose_name="cancelled")),
                (
                    "example",
                    models.BooleanField(
                        default=False,
                        help_text="Starter content that shows how an event looks, not a real schedule. Readers see it marked as an example everywhere (page, calendar, open data) until an editor replaces it with a real event.",
                        verbose_name="example",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
            ],
            options={
                "verbose_name": "service event",
                "verbose_name_plural": "service events",
                "ordering": ["starts_at"],
                "abstract": False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="ServicesPage",
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
                (
                    "sections",
                    wagtail.fields.StreamField(
                        [("section", 2)],
                        blank=True,
                        block_lookup={
                            0: ("wagtail.blocks.CharBlock", (), {}),
                            1: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {"features": ["bold", "italic", "ul", "ol", "link"]},
                            ),
                            2: ("wagtail.blocks.StructBlock", [[("heading", 0), ("text", 1)]], {}),
                        },
                        verbose_name="sections",
                    ),
                ),
                (
                    "delivery_text",
                    models.TextField(
                        blank=True,
                        help_text="How the office's delivery works and how long it takes.",
                        verbose_name="delivery text",
                    ),
                ),
            ],
            options={
                "verbose_name": "services and schedules page",
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
        ),
        migrations.CreateModel(
            name="DocumentRequirement",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "name",
                    models.CharField(
                        help_text="The document, e.g. 'Family card (Kartu Keluarga)'.",
                        max_length=200,
                        verbose_name="name",
                    ),
                ),
                (
                    "notes",
                    models.TextField(
                        blank=True,
                        help_text="What to check, e.g. 'must show both parents' names'.",
                        verbose_name="notes",
                    ),
                ),
                (
                    "original_required",
                    models.BooleanField(
                        default=True,
                        help_text="Bring the original (not only a copy).",
                        verbose_name="original required",
                    ),
                ),
                (
                    "condition",
                    models.CharField(
                        blank=True,
                        help_text="Only when this applies, e.g. 'If the parents are divorced'. Empty: always needed.",
                        max_length=200,
                        verbose_name="condition",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "document",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Fee",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "code",
                    models.SlugField(
                        help_text="Stable code for this fee, e.g. 'e-paspor-5': the anchor of its row on the fee page. The same in every language.",
                        verbose_name="code",
                    ),
                ),
                (
                    "checklist_use",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("e5", "Electronic passport, 5 years"),
                            ("e10", "Electronic passport, 10 years"),
                            ("o5", "Ordinary passport, 5 years"),
                            ("o10", "Ordinary passport, 10 years"),
                            ("lost", "Charge for a lost passport"),
                            ("damaged", "Charge for a damaged passport"),
                            ("same_day", "Accelerated service (ready the same day)"),
                            ("delivery", "Delivery of the passport to the reader's address"),
                        ],
                        help_text="Which line of the personal checklist this fee is; empty if the checklist never adds it.",
                        max_length=20,
                        verbose_name="checklist line",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Name as readers know it, e.g. 'E-passport, valid 5 years'.",
                        max_length=150,
                        verbose_name="name",
                    ),
                ),
                (
                    "applies_to",
                    models.TextField(
                        blank=True,
                        help_text="Who pays it and when, in one or two sentences.",
                        verbose_name="applies to",
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True, verbose_name="sort order")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "fee",
                "verbose_name_plural": "fees",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.AddField(
            model_name="fee",
            name="office",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for a national fee (PNBP), shown on every office's site. An office's own service, such as its own delivery to readers' homes, names the office and shows on that office's site only.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="home.office",
                verbose_name="office",
            ),
        ),
        migrations.AddField(
            model_name="feerate",
            name="fee",
            field=models.ForeignKey(
                help_text="The fee in any language: the rate applies to all its translations.",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="rates",
                to="education.fee",
                verbose_name="fee",
            ),
        ),
        migrations.AddField(
            model_name="feerate",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="feerate",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AddField(
            model_name="modulehandout",
            name="document",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="wagtaildocs.document",
                verbose_name="document",
            ),
        ),
        migrations.AddField(
            model_name="modulehandout",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="modulehandout",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="handouts",
                to="education.educationmodulepage",
                verbose_name="page",
            ),
        ),
        migrations.AddField(
            model_name="requirementfee",
            name="fee",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="education.fee", verbose_name="fee"
            ),
        ),
        migrations.AddField(
            model_name="requirementfee",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="requirementfee",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="fee_links",
                to="education.requirementpage",
                verbose_name="page",
            ),
        ),
        migrations.AddField(
            model_name="documentrequirement",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="documents",
                to="education.requirementpage",
                verbose_name="page",
            ),
        ),
        migrations.AddField(
            model_name="requirementscamlink",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="requirementscamlink",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="scam_links",
                to="education.requirementpage",
                verbose_name="page",
            ),
        ),
        migrations.AddField(
            model_name="requirementscamlink",
            name="scam_warning",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="education.scamwarningpage",
                verbose_name="scam warning",
            ),
        ),
        migrations.AddField(
            model_name="serviceevent",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="serviceevent",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AddField(
            model_name="serviceevent",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="serviceevent",
            name="locked_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="locked_%(class)ss",
                to=settings.AUTH_USER_MODEL,
                verbose_name="locked by",
            ),
        ),
        migrations.AddField(
            model_name="serviceevent",
            name="office",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="home.office", verbose_name="office"
            ),
        ),
        migrations.AddField(
            model_name="servicespage",
            name="delivery_fee",
            field=models.ForeignKey(
                blank=True,
                help_text="The office's delivery fee (by post or courier), shown with the delivery section.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="education.fee",
                verbose_name="delivery fee",
            ),
        ),
        migrations.AddConstraint(
            model_name="fee",
            constraint=models.UniqueConstraint(fields=("code", "locale"), name="unique_fee_code_per_locale"),
        ),
        migrations.AddConstraint(
            model_name="fee",
            constraint=models.UniqueConstraint(
                condition=models.Q(models.Q(("checklist_use", ""), _negated=True), ("office__isnull", True)),
                fields=("checklist_use", "locale"),
                name="unique_national_fee_checklist_use",
            ),
        ),
        migrations.AddConstraint(
            model_name="fee",
            constraint=models.UniqueConstraint(
                condition=models.Q(models.Q(("checklist_use", ""), _negated=True), ("office__isnull", False)),
                fields=("checklist_use", "office", "locale"),
                name="unique_office_fee_checklist_use",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="fee",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="modulehandout",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="requirementfee",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="documentrequirement",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="requirementscamlink",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="serviceevent",
            unique_together={("translation_key", "locale")},
        ),
    ]
