import uuid

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

import home.models
import home.schedules


class Migration(migrations.Migration):
    initial = True

    # The migrations of 0.1.0's development, squashed (issue #34): a database that has them all needs nothing.
    replaces = [
        ("home", "0001_initial"),
        ("home", "0002_roles"),
        ("home", "0003_review_dates_schedules_alert_banner"),
        ("home", "0004_alert_banner_permissions"),
        ("home", "0005_homepage_tasks"),
        ("home", "0006_office_min_outreach_applicants"),
        ("home", "0007_information_page_privacy"),
        ("home", "0008_site_settings_help_pages"),
        ("home", "0009_page_intro_from_base_page"),
        ("home", "0010_sections_in_menus"),
        ("home", "0011_official_apps"),
        ("home", "0012_contact_page"),
        ("home", "0013_official_domains"),
        ("home", "0014_office_updated_at"),
        ("home", "0015_editors_cannot_change_banners_live"),
        ("home", "0016_alert_banner_office"),
        ("home", "0017_reviewed_offices_and_banners"),
        ("home", "0018_office_teams"),
        ("home", "0019_field_labels_in_both_languages"),
        ("home", "0020_office_outreach_weekdays"),
        ("home", "0021_office_national"),
        ("home", "0022_regions_and_work_area_codes"),
        ("home", "0023_office_time_zone"),
        ("home", "0024_national_library"),
        ("home", "0025_office_fact_status"),
        ("home", "0026_banner_shown_by_default"),
    ]

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ContactPage",
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
                    "emergency",
                    models.TextField(
                        blank=True,
                        help_text="Who the emergency service is for and how to reach it. Empty if the office offers none.",
                        verbose_name="emergency",
                    ),
                ),
                (
                    "complaints",
                    models.TextField(
                        help_text="Where else readers can complain, such as SP4N-LAPOR!, and what they can report there.",
                        verbose_name="complaints",
                    ),
                ),
                (
                    "complaints_url",
                    models.URLField(
                        blank=True,
                        help_text="The address of that complaint service, e.g. https://www.lapor.go.id.",
                        verbose_name="complaints web address",
                    ),
                ),
            ],
            options={
                "verbose_name": "contact page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="HomePage",
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
                    "tasks",
                    wagtail.fields.StreamField(
                        [("task", 3)],
                        blank=True,
                        block_lookup={
                            0: ("wagtail.blocks.PageChooserBlock", (), {}),
                            1: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"help_text": "What the reader can do, starting with a verb: 'Check what to bring'."},
                            ),
                            2: ("wagtail.blocks.CharBlock", (), {"required": False}),
                            3: ("wagtail.blocks.StructBlock", [[("page", 0), ("label", 1), ("description", 2)]], {}),
                        },
                        help_text="The most-used tasks, shown first. Three work best.",
                        verbose_name="tasks",
                    ),
                ),
            ],
            options={
                "verbose_name": "home page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="InformationPage",
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
                    "body",
                    wagtail.fields.RichTextField(
                        help_text="Use headings for each part, so readers can find theirs.", verbose_name="body"
                    ),
                ),
            ],
            options={
                "verbose_name": "information page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="NationalLibraryPage",
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
            ],
            options={
                "verbose_name": "national library",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="Region",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "code",
                    models.CharField(
                        help_text="Kemendagri code, e.g. 33.74 for Kota Semarang.",
                        max_length=5,
                        unique=True,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{2}\\.\\d{2}$",
                                "Write the Kemendagri code of a regency or city as NN.NN, e.g. 32.14.",
                            )
                        ],
                        verbose_name="code",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("kabupaten", "Regency (kabupaten)"), ("kota", "City (kota)")],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="The name without 'Kabupaten' or 'Kota', e.g. 'Semarang'.",
                        max_length=100,
                        verbose_name="name",
                    ),
                ),
                ("province", models.CharField(max_length=100, verbose_name="province")),
            ],
            options={
                "verbose_name": "regency or city",
                "verbose_name_plural": "regencies and cities",
                "ordering": ["province", "name"],
            },
        ),
        migrations.CreateModel(
            name="Office",
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
                    "code",
                    models.SlugField(
                        help_text="Short code shared with the booking system, e.g. 'karawang'. The same in every language.",
                        max_length=40,
                        verbose_name="code",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Full name as the office writes it.", max_length=150, verbose_name="name"
                    ),
                ),
                (
                    "national",
                    models.BooleanField(
                        default=False,
                        help_text="For the Directorate General and national services, not an office: their channels (imigrasi.go.id, M-Paspor, SP4N-LAPOR!, the hotline) are official on every office's site.",
                        verbose_name="national",
                    ),
                ),
                (
                    "time_zone",
                    models.CharField(
                        choices=[
                            ("Asia/Jakarta", "WIB (UTC+7): Sumatra, Java, West and Central Kalimantan"),
                            (
                                "Asia/Makassar",
                                "WITA (UTC+8): Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi",
                            ),
                            ("Asia/Jayapura", "WIT (UTC+9): Maluku and Papua"),
                        ],
                        default="Asia/Jakarta",
                        help_text="The office's local time: its site shows schedules, 'today' and calendars in it.",
                        max_length=40,
                        verbose_name="time zone",
                    ),
                ),
                (
                    "address",
                    models.TextField(
                        help_text="Street address, as it should appear on the site.", verbose_name="address"
                    ),
                ),
                (
                    "work_area",
                    models.TextField(
                        blank=True,
                        help_text="Regencies and cities the office serves (wilayah kerja).",
                        verbose_name="work area",
                    ),
                ),
                (
                    "area_codes",
                    models.CharField(
                        blank=True,
                        help_text="The Kemendagri codes of the regencies and cities the office serves, separated by commas, e.g. '32.15,32.14'. The office finder sends readers who live there to this office's site. Leave empty until the office has confirmed its work area.",
                        max_length=200,
                        validators=[home.models.validate_region_codes],
                        verbose_name="work area codes",
                    ),
                ),
                (
                    "opening_hours",
                    models.TextField(
                        help_text="Days and hours of the service counters, one line per rule.",
                        verbose_name="opening hours",
                    ),
                ),
                (
                    "saturday_service_weeks",
                    models.CharField(
                        blank=True,
                        help_text="Which Saturdays of each month the office serves passports, as numbers separated by commas: '2,4' for the second and fourth Saturday. Empty if there is no Saturday service.",
                        max_length=20,
                        validators=[home.schedules.validate_weeks_of_month],
                        verbose_name="Saturday service weeks",
                    ),
                ),
                (
                    "issues_ordinary_passports",
                    models.BooleanField(
                        default=False,
                        help_text="Tick only if the office has confirmed it still issues ordinary (non-electronic) passports. The personal checklist then offers them on this office's site.",
                        verbose_name="issues ordinary passports",
                    ),
                ),
                (
                    "priority_daily_quota",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="How many priority applicants (elderly, small children, pregnant, disabled) are served a day.",
                        null=True,
                        verbose_name="priority daily quota",
                    ),
                ),
                (
                    "min_outreach_applicants",
                    models.PositiveSmallIntegerField(
                        default=20,
                        help_text="The fewest applicants for which the office brings its mobile passport service to a village.",
                        verbose_name="fewest applicants for a mobile service",
                    ),
                ),
                (
                    "outreach_weekdays",
                    models.CharField(
                        default="0,1,2,3,4",
                        help_text="The days of the week the office takes its mobile passport service to villages, as numbers separated by commas: 0 for Monday to 6 for Sunday. '0,1,2,3,4' is Monday to Friday; add 5 for Saturdays. Village requests accept only these days.",
                        max_length=20,
                        validators=[home.schedules.validate_weekdays],
                        verbose_name="days of village visits",
                    ),
                ),
                (
                    "address_status",
                    models.CharField(
                        choices=[
                            ("confirmed", "Confirmed with the office"),
                            ("note", "Not yet confirmed: show it with a note"),
                            ("hidden", "Not yet confirmed: do not show it"),
                        ],
                        default="note",
                        help_text="Until the office confirms it, readers see it with 'not yet confirmed by the office', or not at all.",
                        max_length=10,
                        verbose_name="address confirmed?",
                    ),
                ),
                (
                    "opening_hours_status",
                    models.CharField(
                        choices=[
                            ("confirmed", "Confirmed with the office"),
                            ("note", "Not yet confirmed: show it with a note"),
                            ("hidden", "Not yet confirmed: do not show it"),
                        ],
                        default="note",
                        help_text="Until the office confirms it, readers see it with 'not yet confirmed by the office', or not at all.",
                        max_length=10,
                        verbose_name="opening hours confirmed?",
                    ),
                ),
                (
                    "saturday_service_status",
                    models.CharField(
                        choices=[
                            ("confirmed", "Confirmed with the office"),
                            ("note", "Not yet confirmed: show it with a note"),
                            ("hidden", "Not yet confirmed: do not show it"),
                        ],
                        default="note",
                        help_text="Until the office confirms it, readers see it with 'not yet confirmed by the office', or not at all.",
                        max_length=10,
                        verbose_name="Saturday service confirmed?",
                    ),
                ),
                (
                    "facts_confirmed_on",
                    models.DateField(
                        blank=True,
                        help_text="When an editor last confirmed the facts marked 'confirmed' with the office.",
                        null=True,
                        verbose_name="facts confirmed on",
                    ),
                ),
                (
                    "editor_note",
                    models.TextField(
                        blank=True,
                        help_text="Never shown to the public: what an editor still has to check with the office.",
                        verbose_name="editor note",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
                (
                    "latest_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="latest revision",
                    ),
                ),
                (
                    "live_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="live revision",
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
                (
                    "locked_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="locked_%(class)ss",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="locked by",
                    ),
                ),
            ],
            options={
                "verbose_name": "office",
                "verbose_name_plural": "offices",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="AlertBanner",
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
                    "message",
                    models.CharField(help_text="One or two short sentences.", max_length=250, verbose_name="message"),
                ),
                (
                    "level",
                    models.CharField(
                        choices=[("info", "Information"), ("warning", "Warning")],
                        default="warning",
                        max_length=10,
                        verbose_name="level",
                    ),
                ),
                (
                    "active",
                    models.BooleanField(
                        default=True,
                        help_text="Untick to take the banner off every page at once, before it ends.",
                        verbose_name="shown on the site",
                    ),
                ),
                (
                    "expires_at",
                    models.DateTimeField(help_text="The banner disappears at this moment.", verbose_name="expires at"),
                ),
                (
                    "latest_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="latest revision",
                    ),
                ),
                (
                    "link_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="Optional page with the details.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                        verbose_name="page with the details",
                    ),
                ),
                (
                    "live_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="live revision",
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
                (
                    "locked_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="locked_%(class)ss",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="locked by",
                    ),
                ),
                (
                    "office",
                    models.ForeignKey(
                        blank=True,
                        help_text="The office whose site shows the banner. Empty: every office's site (a national warning).",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="home.office",
                        verbose_name="office",
                    ),
                ),
            ],
            options={
                "verbose_name": "alert banner",
                "verbose_name_plural": "alert banners",
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="OfficeTeam",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "group",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="office_team",
                        to="auth.group",
                        verbose_name="group",
                    ),
                ),
                (
                    "office",
                    models.ForeignKey(
                        help_text="The office in any language: the team works on all its translations.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="teams",
                        to="home.office",
                        verbose_name="office",
                    ),
                ),
            ],
            options={
                "verbose_name": "office team",
                "verbose_name_plural": "office teams",
            },
        ),
        migrations.CreateModel(
            name="OfficialChannel",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("phone", "Phone"),
                            ("whatsapp", "WhatsApp"),
                            ("email", "Email"),
                            ("website", "Website"),
                            ("instagram", "Instagram"),
                            ("facebook", "Facebook"),
                            ("x", "X (Twitter)"),
                            ("tiktok", "TikTok"),
                            ("youtube", "YouTube"),
                            ("app", "App"),
                            ("domain", "Domain, with every address under it"),
                        ],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                (
                    "value",
                    models.CharField(
                        help_text="As readers should see it: a number in any notation, a link, or an @handle.",
                        max_length=200,
                        verbose_name="value",
                    ),
                ),
                (
                    "normalized",
                    models.CharField(db_index=True, editable=False, max_length=200, verbose_name="normalised value"),
                ),
                (
                    "label",
                    models.CharField(
                        blank=True,
                        help_text="What the channel is for, e.g. 'Information and complaints'.",
                        max_length=100,
                        verbose_name="label",
                    ),
                ),
                (
                    "for_complaints",
                    models.BooleanField(
                        default=False, help_text="The office takes complaints here.", verbose_name="takes complaints"
                    ),
                ),
                (
                    "verified_on",
                    models.DateField(
                        blank=True,
                        help_text="When an editor last confirmed this channel with the office. Until then it is not shown to the public and the channel checker never calls it official.",
                        null=True,
                        verbose_name="verified on",
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
                (
                    "office",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="channels",
                        to="home.office",
                        verbose_name="office",
                    ),
                ),
            ],
            options={
                "verbose_name": "official channel",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="SiteSettings",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "channel_checker_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="The page that checks whether a number or website is really the office's.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "checklist_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="The personal checklist of documents to bring.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "contact_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="How to reach the office and where to complain, linked from every page's footer.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "faq_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="The questions and answers page.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "home_office",
                    models.ForeignKey(
                        blank=True,
                        help_text="The office this site speaks for: its name heads every page and its channels fill the footer.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="home.office",
                        verbose_name="home office",
                    ),
                ),
                (
                    "privacy_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="The privacy notice (UU PDP), linked from every page's footer in the reader's language.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "scammed_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="What to do if you were scammed: linked from every scam warning, the alert banner and the channel checker's 'not official' answer.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "site",
                    models.OneToOneField(
                        editable=False, on_delete=django.db.models.deletion.CASCADE, to="wagtailcore.site"
                    ),
                ),
            ],
            options={
                "verbose_name": "site settings",
            },
        ),
        migrations.AddConstraint(
            model_name="office",
            constraint=models.UniqueConstraint(fields=("code", "locale"), name="unique_office_code_per_locale"),
        ),
        migrations.AlterUniqueTogether(
            name="office",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="alertbanner",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="officialchannel",
            unique_together={("translation_key", "locale")},
        ),
    ]
