"""Office staff unlock accounts that django-axes has locked after too many wrong passwords."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import audit

PERMISSION = "village_programs.change_villageofficer"


def locked_attempts():
    return AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).order_by("-attempt_time")


def lockouts(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        username = request.POST.get("username", "")
        if username and reset(username=username):
            audit.record(request.user, "kanim.unlock", user=request.user, username=username)
            # Staff see whom they unlocked; the officer can log in again at once.
            messages.success(request, _("%(username)s can log in again.") % {"username": username})
        else:
            messages.error(request, _("No locked account with that name."))
        return redirect("village_lockouts")
    return render(
        request,
        "village_programs/admin/lockouts.html",
        {"attempts": locked_attempts(), "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)},
    )
