import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    # The migrations of 0.1.0's development, squashed (issue #34): a database that has them all needs nothing.
    replaces = [
        ("search", "0001_initial"),
        ("search", "0002_query_report_permission"),
        ("search", "0003_field_labels_in_both_languages"),
        ("search", "0004_forget_typed_queries"),
        ("search", "0005_fts_prefix_indexes"),
        ("search", "0006_gin_without_pending_list"),
        ("search", "0007_editors_synonyms"),
    ]

    dependencies = [
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="QueryLog",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("query", models.CharField(max_length=100, verbose_name="query")),
                ("language", models.CharField(max_length=10, verbose_name="language")),
                ("day", models.DateField(verbose_name="day")),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="hits")),
                (
                    "results",
                    models.PositiveIntegerField(
                        default=0, help_text="Results found the last time it was asked.", verbose_name="results"
                    ),
                ),
            ],
            options={
                "verbose_name": "search query",
                "indexes": [models.Index(fields=["day", "language"], name="search_quer_day_b91fd9_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("query", "language", "day"), name="one_log_row_per_query_and_day")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchSynonym",
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
                ("locked", models.BooleanField(default=False, editable=False, verbose_name="locked")),
                ("locked_at", models.DateTimeField(editable=False, null=True, verbose_name="locked at")),
                (
                    "language",
                    models.CharField(
                        choices=[("id", "Indonesian"), ("en", "English")],
                        default="id",
                        max_length=10,
                        verbose_name="language",
                    ),
                ),
                (
                    "typed",
                    models.CharField(
                        help_text="What readers type, e.g. 'pungli'. Several ways of writing it: separate them with commas.",
                        max_length=200,
                        verbose_name="readers type",
                    ),
                ),
                (
                    "meant",
                    models.CharField(
                        help_text="The words our pages use for it, e.g. 'pungutan liar'.",
                        max_length=200,
                        verbose_name="search for",
                    ),
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
                "verbose_name": "search synonym",
                "verbose_name_plural": "search synonyms",
            },
        ),
    ]
