"""Dates that follow rules, such as "the second and fourth Saturday of each month"."""

import calendar
import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SATURDAY = calendar.SATURDAY


def validate_weeks_of_month(value):
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not all(part.isdigit() and 1 <= int(part) <= 5 for part in parts):
        raise ValidationError(_("Write numbers from 1 to 5 separated by commas, e.g. '2,4'."))


def validate_weekdays(value):
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not parts or not all(part.isdigit() and 0 <= int(part) <= 6 for part in parts):
        raise ValidationError(
            _("Write day numbers from 0 (Monday) to 6 (Sunday) separated by commas, e.g. '0,1,2,3,4'.")
        )


def nth_weekday(year, month, weekday, n):
    """The n-th given weekday of a month, or None when the month has fewer."""
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def nth_saturdays(weeks, start, count):
    """The next `count` dates on or after `start` that are the given Saturdays of their month."""
    if not weeks:
        return []
    found = []
    year, month = start.year, start.month
    while len(found) < count:
        for n in sorted(set(weeks)):
            day = nth_weekday(year, month, SATURDAY, n)
            if day is not None and day >= start:
                found.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found[:count]
