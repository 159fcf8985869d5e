import uuid

import django.db.models.deletion
import django.utils.timezone
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

import village_programs.models.sessions
import village_programs.models.villages


class Migration(migrations.Migration):
    initial = True

    # The migrations of 0.1.0's development, squashed (issue #34): a database that has them all needs nothing.
    replaces = [
        ("village_programs", "0001_initial"),
        ("village_programs", "0002_roles"),
        ("village_programs", "0003_outreach_requests"),
        ("village_programs", "0004_outreach_permissions"),
        ("village_programs", "0005_session_photo_storage_callable"),
        ("village_programs", "0006_page_intro_from_base_page"),
        ("village_programs", "0007_outreach_last_booking_update"),
        ("village_programs", "0008_village_kecamatan_optional"),
        ("village_programs", "0009_field_labels_in_both_languages"),
        ("village_programs", "0010_officer_notices"),
        ("village_programs", "0011_text_lengths"),
        ("village_programs", "0012_session_example"),
    ]

    dependencies = [
        ("education", "0001_squashed_0016_delivery_names_no_carrier"),
        ("home", "0001_squashed_0026_banner_shown_by_default"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="VillageProgramIndexPage",
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
                ("body", wagtail.fields.RichTextField(blank=True, verbose_name="body")),
            ],
            options={
                "verbose_name": "village programme index page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="OutreachRequest",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "request_id",
                    models.UUIDField(default=uuid.uuid4, editable=False, unique=True, verbose_name="request id"),
                ),
                (
                    "place_name",
                    models.CharField(help_text="e.g. 'Sukamaju village hall'.", max_length=150, verbose_name="place"),
                ),
                ("place_address", models.CharField(max_length=250, verbose_name="address")),
                (
                    "latitude",
                    models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name="latitude"),
                ),
                (
                    "longitude",
                    models.DecimalField(
                        blank=True, decimal_places=6, max_digits=9, null=True, verbose_name="longitude"
                    ),
                ),
                (
                    "preferred_dates",
                    models.JSONField(default=list, help_text="One to three ISO dates.", verbose_name="preferred dates"),
                ),
                ("expected_applicants", models.PositiveIntegerField(verbose_name="expected applicants")),
                ("services", models.JSONField(default=list, verbose_name="services")),
                ("contact_name", models.CharField(max_length=150, verbose_name="contact name")),
                (
                    "contact_phone",
                    models.CharField(
                        help_text="WhatsApp number in E.164, e.g. +6281234567890.",
                        max_length=20,
                        verbose_name="contact phone",
                    ),
                ),
                ("notes", models.TextField(blank=True, max_length=2000, verbose_name="notes")),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("submitted", "Submitted, being delivered to the office"),
                            ("received", "Received by the office"),
                            ("scheduled", "Scheduled"),
                            ("declined", "Declined"),
                            ("completed", "Completed"),
                            ("cancelled", "Cancelled"),
                            ("delivery_failed", "Delivery failed"),
                        ],
                        default="draft",
                        max_length=20,
                        verbose_name="state",
                    ),
                ),
                (
                    "reference",
                    models.CharField(
                        blank=True,
                        help_text="The booking system's reference.",
                        max_length=100,
                        verbose_name="reference",
                    ),
                ),
                ("scheduled_for", models.DateTimeField(blank=True, null=True, verbose_name="scheduled for")),
                ("scheduled_place", models.CharField(blank=True, max_length=250, verbose_name="scheduled place")),
                ("quota", models.PositiveIntegerField(blank=True, null=True, verbose_name="quota")),
                ("decline_reason", models.TextField(blank=True, verbose_name="decline reason")),
                (
                    "delivery_error",
                    models.TextField(
                        blank=True,
                        help_text="The last delivery problem, in plain words.",
                        verbose_name="delivery error",
                    ),
                ),
                (
                    "last_booking_update_at",
                    models.DateTimeField(blank=True, editable=False, null=True, verbose_name="last booking update at"),
                ),
                (
                    "form_token",
                    models.UUIDField(blank=True, editable=False, null=True, unique=True, verbose_name="form token"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
                ("submitted_at", models.DateTimeField(blank=True, null=True, verbose_name="submitted at")),
                (
                    "created_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="created by",
                    ),
                ),
                (
                    "event",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="education.serviceevent",
                        verbose_name="event",
                    ),
                ),
            ],
            options={
                "verbose_name": "outreach request",
                "verbose_name_plural": "outreach requests",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="OutboxEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "status",
                    models.CharField(
                        choices=[("pending", "Waiting to be sent"), ("delivered", "Delivered"), ("failed", "Failed")],
                        db_index=True,
                        default="pending",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                ("attempts", models.PositiveIntegerField(default=0, verbose_name="attempts")),
                (
                    "next_attempt_at",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, verbose_name="next attempt at"
                    ),
                ),
                ("locked_until", models.DateTimeField(blank=True, null=True, verbose_name="locked until")),
                ("locked_by", models.CharField(blank=True, max_length=100, verbose_name="locked by")),
                ("last_error", models.TextField(blank=True, verbose_name="last error")),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="created at")),
                ("delivered_at", models.DateTimeField(blank=True, null=True, verbose_name="delivered at")),
                (
                    "request",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="outbox",
                        to="village_programs.outreachrequest",
                        verbose_name="request",
                    ),
                ),
            ],
            options={
                "verbose_name": "outbox entry",
                "verbose_name_plural": "outbox entries",
            },
        ),
        migrations.CreateModel(
            name="OutreachStateChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("submitted", "Submitted, being delivered to the office"),
                            ("received", "Received by the office"),
                            ("scheduled", "Scheduled"),
                            ("declined", "Declined"),
                            ("completed", "Completed"),
                            ("cancelled", "Cancelled"),
                            ("delivery_failed", "Delivery failed"),
                        ],
                        max_length=20,
                        verbose_name="state",
                    ),
                ),
                ("at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="when")),
                (
                    "source",
                    models.CharField(
                        choices=[
                            ("officer", "village officer"),
                            ("office", "office staff"),
                            ("booking", "booking system"),
                            ("delivery", "delivery"),
                        ],
                        max_length=20,
                        verbose_name="source",
                    ),
                ),
                ("note", models.TextField(blank=True, verbose_name="note")),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="by whom",
                    ),
                ),
                (
                    "request",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="state_changes",
                        to="village_programs.outreachrequest",
                        verbose_name="request",
                    ),
                ),
            ],
            options={
                "ordering": ["at", "pk"],
            },
        ),
        migrations.CreateModel(
            name="TrainingSession",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("date", models.DateField(verbose_name="date")),
                ("start_time", models.TimeField(verbose_name="start time")),
                ("place", models.CharField(max_length=150, verbose_name="place")),
                (
                    "facilitators",
                    models.CharField(help_text="Who led the session.", max_length=250, verbose_name="facilitators"),
                ),
                ("women", models.PositiveSmallIntegerField(default=0, verbose_name="women")),
                ("men", models.PositiveSmallIntegerField(default=0, verbose_name="men")),
                (
                    "want_passport",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="How many residents said they want a passport.",
                        verbose_name="want a passport",
                    ),
                ),
                ("notes", models.TextField(blank=True, max_length=2000, verbose_name="notes")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("submitted", "Submitted, waiting for review"),
                            ("returned", "Sent back for correction"),
                            ("approved", "Approved"),
                        ],
                        default="draft",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                ("example", models.BooleanField(default=False, editable=False, verbose_name="example")),
                (
                    "review_comment",
                    models.TextField(blank=True, max_length=2000, verbose_name="comment for the officer"),
                ),
                ("reviewed_at", models.DateTimeField(blank=True, null=True, verbose_name="reviewed at")),
                ("submitted_at", models.DateTimeField(blank=True, null=True, verbose_name="submitted at")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
                (
                    "form_token",
                    models.UUIDField(blank=True, editable=False, null=True, unique=True, verbose_name="form token"),
                ),
                (
                    "personal_data_purged_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="personal data removed at"
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="created by",
                    ),
                ),
                (
                    "modules",
                    models.ManyToManyField(
                        related_name="+", to="education.educationmodulepage", verbose_name="modules"
                    ),
                ),
                (
                    "reviewed_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="reviewed by",
                    ),
                ),
            ],
            options={
                "verbose_name": "training session",
                "verbose_name_plural": "training sessions",
                "ordering": ["-date", "-start_time"],
            },
        ),
        migrations.CreateModel(
            name="SessionPhoto",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[("attendance", "Attendance sheet"), ("session", "Session")],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                (
                    "image",
                    models.FileField(
                        storage=village_programs.models.sessions.private_storage,
                        upload_to="sessions/%Y/%m/",
                        verbose_name="image",
                    ),
                ),
                ("uploaded_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="uploaded at")),
                (
                    "session",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="photos",
                        to="village_programs.trainingsession",
                        verbose_name="session",
                    ),
                ),
            ],
            options={
                "verbose_name": "session photo",
            },
        ),
        migrations.CreateModel(
            name="SessionChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="when")),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("created", "recorded"),
                            ("edited", "edited"),
                            ("submitted", "submitted for review"),
                            ("returned", "sent back by the office"),
                            ("approved", "approved by the office"),
                            ("purged", "personal data removed after the retention period"),
                        ],
                        max_length=30,
                        verbose_name="action",
                    ),
                ),
                ("changes", models.JSONField(blank=True, default=dict, verbose_name="changes")),
                (
                    "user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
                (
                    "session",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="changes",
                        to="village_programs.trainingsession",
                        verbose_name="session",
                    ),
                ),
            ],
            options={
                "ordering": ["at", "pk"],
            },
        ),
        migrations.AddField(
            model_name="outreachrequest",
            name="training_sessions",
            field=models.ManyToManyField(
                blank=True,
                related_name="outreach_requests",
                to="village_programs.trainingsession",
                verbose_name="training sessions",
            ),
        ),
        migrations.CreateModel(
            name="Village",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "code",
                    models.CharField(
                        help_text="Kemendagri code, e.g. 32.14.04.2006.",
                        max_length=13,
                        unique=True,
                        validators=[village_programs.models.villages.validate_village_code],
                        verbose_name="code",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Village name without 'Desa', e.g. 'Sukamaju'.", max_length=100, verbose_name="name"
                    ),
                ),
                (
                    "kecamatan",
                    models.CharField(
                        blank=True,
                        help_text="Leave empty until confirmed: the public pages then leave it out rather than guess.",
                        max_length=100,
                        verbose_name="sub-district (kecamatan)",
                    ),
                ),
                ("kabupaten", models.CharField(max_length=100, verbose_name="regency or city")),
                ("province", models.CharField(max_length=100, verbose_name="province")),
                (
                    "status",
                    models.CharField(
                        choices=[("candidate", "Candidate"), ("pilot", "Pilot"), ("active", "Active")],
                        default="candidate",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                (
                    "joined_on",
                    models.DateField(
                        blank=True,
                        help_text="When the village joined the programme.",
                        null=True,
                        verbose_name="joined the programme on",
                    ),
                ),
                (
                    "editor_note",
                    models.TextField(
                        blank=True,
                        help_text="Never shown to the public: what still has to be checked.",
                        verbose_name="editor note",
                    ),
                ),
                (
                    "office",
                    models.ForeignKey(
                        help_text="The immigration office serving the village.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="home.office",
                        verbose_name="office",
                    ),
                ),
            ],
            options={
                "verbose_name": "village",
                "verbose_name_plural": "villages",
                "ordering": ["kabupaten", "kecamatan", "name"],
            },
        ),
        migrations.AddField(
            model_name="trainingsession",
            name="village",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="sessions",
                to="village_programs.village",
                verbose_name="village",
            ),
        ),
        migrations.AddField(
            model_name="outreachrequest",
            name="village",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="outreach_requests",
                to="village_programs.village",
                verbose_name="village",
            ),
        ),
        migrations.CreateModel(
            name="VillageOfficer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "position",
                    models.CharField(
                        blank=True,
                        help_text="e.g. 'Kepala Desa', 'Sekretaris Desa'.",
                        max_length=100,
                        verbose_name="position",
                    ),
                ),
                ("phone", models.CharField(blank=True, max_length=30, verbose_name="phone")),
                (
                    "must_change_password",
                    models.BooleanField(
                        default=True,
                        help_text="The officer must choose a new password at the next login.",
                        verbose_name="must change password",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("id", "Indonesian"), ("en", "English")],
                        default="id",
                        help_text="The language of the officer's e-mails: the one they last used the officer area in.",
                        max_length=10,
                        verbose_name="language",
                    ),
                ),
                (
                    "email_notices",
                    models.BooleanField(
                        default=True,
                        help_text="Send the office's notices by e-mail too (the officer can turn this off).",
                        verbose_name="notices by e-mail",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="village_officer",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
                (
                    "villages",
                    models.ManyToManyField(
                        help_text="The villages this officer speaks for.",
                        related_name="officers",
                        to="village_programs.village",
                        verbose_name="villages",
                    ),
                ),
            ],
            options={
                "verbose_name": "village officer",
                "verbose_name_plural": "village officers",
            },
        ),
        migrations.CreateModel(
            name="VillageProgramPage",
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
                ("story", wagtail.fields.RichTextField(verbose_name="story")),
                (
                    "village",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="village_programs.village",
                        verbose_name="village",
                    ),
                ),
            ],
            options={
                "verbose_name": "village programme page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="Notice",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("session_approved", "Session approved"),
                            ("session_returned", "Session sent back for correction"),
                            ("request_received", "Request received by the office"),
                            ("request_scheduled", "Mobile service scheduled"),
                            ("request_declined", "Request declined"),
                            ("request_completed", "Mobile service completed"),
                        ],
                        max_length=30,
                        verbose_name="kind",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                ("read_at", models.DateTimeField(blank=True, null=True, verbose_name="read at")),
                ("emailed_at", models.DateTimeField(blank=True, null=True, verbose_name="e-mailed at")),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="village_notices",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
                (
                    "request",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="village_programs.outreachrequest",
                        verbose_name="request",
                    ),
                ),
                (
                    "session",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="village_programs.trainingsession",
                        verbose_name="session",
                    ),
                ),
            ],
            options={
                "verbose_name": "notice",
                "verbose_name_plural": "notices",
                "ordering": ["-created_at", "-pk"],
                "indexes": [models.Index(fields=["user", "read_at"], name="village_pro_user_id_c6f0e6_idx")],
            },
        ),
    ]
