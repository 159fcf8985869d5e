"""Retention of personal data (UU PDP): each app registers what it keeps too
long and how to remove it; `manage.py purge_personal_data` (run daily by
site/deploy/kanim-daily.timer) calls them all, so this module imports no
feature app."""

import datetime

from django.utils import timezone

_purgers = []


def purger(purge):
    """Register `purge(dry_run)`, which removes (or, dry, counts) what is past
    its retention and returns one line saying what, for the command's report."""
    _purgers.append(purge)
    return purge


def purge_all(dry_run=False):
    return [purge(dry_run) for purge in _purgers]


def cutoff(days):
    return timezone.now() - datetime.timedelta(days=days)
