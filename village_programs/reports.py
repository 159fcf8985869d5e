"""Figures for the office's report page, drawn as labelled bars in a table so
the page needs no chart library and no outside service, and screen readers
read the same figures."""

from collections import defaultdict

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from core.db import reporting_db

from .models import TrainingSession


def sessions_per_month(queryset):
    rows = (
        queryset.annotate(month=TruncMonth("date"))
        .values("month", "village__name")
        .annotate(count=Count("id"))
        .order_by("month", "village__name")
    )
    months = defaultdict(dict)
    for row in rows:
        months[row["month"]][row["village__name"]] = row["count"]
    return [(month, villages, sum(villages.values())) for month, villages in sorted(months.items())]


def attendance_by_sex(queryset):
    totals = queryset.aggregate(women=Sum("women"), men=Sum("men"))
    return {"women": totals["women"] or 0, "men": totals["men"] or 0}


def modules_taught(queryset):
    counts = defaultdict(int)
    for session in queryset.prefetch_related("modules"):
        for module in session.modules.all():
            counts[f"{module.code} · {module.title}"] += 1
    return sorted(counts.items())


def bars(pairs):
    """[(label, value)] with each bar's length in percent of the largest value."""
    largest = max((value for _label, value in pairs), default=0) or 1
    return [{"label": label, "value": value, "width": round(100 * value / largest, 1)} for label, value in pairs]


def report(queryset=None):
    queryset = queryset if queryset is not None else TrainingSession.objects.using(reporting_db())
    approved = queryset.filter(status=TrainingSession.Status.APPROVED)
    by_sex = attendance_by_sex(approved)
    per_month = sessions_per_month(approved)
    month_bars = bars([(month, total) for month, _villages, total in per_month])
    sex_bars = bars([("women", by_sex["women"]), ("men", by_sex["men"])])
    module_bars = bars(modules_taught(approved))
    return {
        "per_month": [{"month": month, "villages": villages, "total": total} for month, villages, total in per_month],
        "month_bars": month_bars,
        "sex_bars": sex_bars,
        "module_bars": module_bars,
        "attendance": by_sex,
        "sessions": approved.count(),
    }
