"""Office staff unlock accounts that django-axes has locked after too many wrong passwords."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import audit

PERMISSION = "village_programs.change_villageofficer"


def staff_usernames():
    return get_user_model().objects.filter(village_officer__isnull=True).values_list("username")


def locked_attempts(user):
    """The locked accounts `user` may unlock: village staff unlock officers (and
    names that match no account); only a superuser unlocks staff accounts, whose
    lock-out may be an attack in progress."""
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    if not user.is_superuser:
        attempts = attempts.exclude(username__in=staff_usernames())
    return attempts.order_by("-attempt_time")


def may_unlock(user, username):
    return user.is_superuser or not staff_usernames().filter(username=username).exists()


def lockouts(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        username = request.POST.get("username", "")
        if username and may_unlock(request.user, username) and reset(username=username):
            audit.record(request.user, "kanim.unlock", user=request.user, username=username)
            # Staff see whom they unlocked; the officer can log in again at once.
            messages.success(request, _("%(username)s can log in again.") % {"username": username})
        else:
            messages.error(request, _("No locked account with that name."))
        return redirect("village_lockouts")
    return render(
        request,
        "village_programs/admin/lockouts.html",
        {"attempts": locked_attempts(request.user), "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)},
    )
