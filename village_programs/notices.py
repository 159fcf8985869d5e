"""Telling officers what the office decided, and office staff what waits for
them, without anyone polling. A notice is stored with the change (the officer
sees it in the officer area); its e-mail, and the daily digest, are sent by
the background worker after the change is committed, never inline."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from home import office_teams
from operations.tasks import PEOPLE_WAIT, REPEATING, enqueue_once

from .models import Notice, OutreachRequest, TrainingSession, VillageOfficer

Kind = Notice.Kind
SESSION_KINDS = {
    TrainingSession.Status.APPROVED: Kind.SESSION_APPROVED,
    TrainingSession.Status.RETURNED: Kind.SESSION_RETURNED,
}
REQUEST_KINDS = {
    OutreachRequest.State.RECEIVED: Kind.REQUEST_RECEIVED,
    OutreachRequest.State.SCHEDULED: Kind.REQUEST_SCHEDULED,
    OutreachRequest.State.DECLINED: Kind.REQUEST_DECLINED,
    OutreachRequest.State.COMPLETED: Kind.REQUEST_COMPLETED,
}
DIGEST_HOUR = 7  # local time: before the office opens


def session_reviewed(session):
    kind = SESSION_KINDS.get(session.status)
    if kind and session.created_by_id:
        notify(session.created_by, kind, session=session)


def request_changed(request):
    kind = REQUEST_KINDS.get(request.state)
    if kind and request.created_by_id:
        notify(request.created_by, kind, request=request)


def notify(user, kind, **about):
    officer = VillageOfficer.objects.filter(user=user).first()
    if officer is None:
        return None  # staff who recorded something themselves read the admin
    notice = Notice.objects.create(user=user, kind=kind, **about)
    if officer.email_notices and user.email:
        transaction.on_commit(lambda: send_notice.enqueue(notice.pk))
    return notice


def message(notice):
    """The notice in the active language."""
    session, request = notice.session, notice.request
    if session is not None:
        values = {"date": formats.date_format(session.date, "j F Y"), "village": session.village.name}
        if notice.kind == Kind.SESSION_APPROVED:
            return _("The office approved your session of %(date)s in Desa %(village)s.") % values
        return _("The office sent back your session of %(date)s in Desa %(village)s. Its note: %(note)s") % {
            **values,
            "note": session.review_comment or "-",
        }
    values = {"village": request.village.name}
    if notice.kind == Kind.REQUEST_RECEIVED:
        return _("The office received your request for a mobile passport service in Desa %(village)s.") % values
    if notice.kind == Kind.REQUEST_SCHEDULED:
        when = timezone.localtime(request.scheduled_for)
        return _("The mobile passport service comes to Desa %(village)s on %(day)s at %(time)s, at %(place)s.") % {
            **values,
            "day": formats.date_format(when, "l, j F Y"),
            "time": formats.time_format(when, "H.i"),
            "place": request.scheduled_place or request.place_name,
        }
    if notice.kind == Kind.REQUEST_DECLINED:
        return _("The office declined your request for Desa %(village)s. Its reason: %(reason)s") % {
            **values,
            "reason": request.decline_reason or "-",
        }
    return _("The mobile passport service in Desa %(village)s is completed. Thank you for organising it.") % values


def link(notice):
    """Where the notice leads in the officer area, in the active language."""
    if notice.session_id:
        return reverse("village:session_detail", args=[notice.session_id])
    return reverse("village:request_detail", args=[notice.request_id])


@task(priority=PEOPLE_WAIT)
def send_notice(notice_id):
    notice = Notice.objects.select_related("user__village_officer", "session__village", "request__village").filter(
        pk=notice_id, emailed_at__isnull=True
    )
    notice = notice.first()
    if notice is None:
        return  # sent already (a task run twice), or gone with its session
    officer = notice.user.village_officer
    if not officer.email_notices or not notice.user.email:
        return  # turned off since
    with translation.override(officer.language):
        context = {
            "officer": officer,
            "message": message(notice),
            "url": settings.WAGTAILADMIN_BASE_URL + link(notice),
            "notices_url": settings.WAGTAILADMIN_BASE_URL + reverse("village:notices"),
        }
        subject = str(notice.get_kind_display())
        body = render_to_string("village_programs/email/notice.txt", context)
    # Sent, then marked. Marked first, a worker killed during the exchange with the mail
    # server lost the e-mail for good (the fault test lost one in 1,493). Now a kill
    # between the two steps, one UPDATE long, sends it again when the task comes back; a
    # live worker's task is never run twice (operations/worker.py).
    send_mail(subject, body, None, [notice.user.email])
    Notice.objects.filter(pk=notice.pk).update(emailed_at=timezone.now())


def review_staff():
    """Active staff who review sessions and gave an e-mail address."""
    codename = "change_trainingsession"
    holds = Q(groups__permissions__codename=codename) | Q(user_permissions__codename=codename)
    return get_user_model().objects.filter(holds, is_active=True, is_staff=True).exclude(email="").distinct()


def one_line(text):
    """What an officer typed, on one line: a line break must not start a line of its own
    in the staff's e-mail (it could pass for the office's words)."""
    return " ".join(str(text).split())


def send_digest():
    """One e-mail per member of staff listing the sessions of their offices waiting for
    review, in the language of their admin; nothing when none waits."""
    waiting = list(
        TrainingSession.objects.filter(status=TrainingSession.Status.SUBMITTED)
        .select_related("village__office")
        .order_by("submitted_at", "pk")
    )
    if not waiting:
        return 0
    sent = 0
    for user in review_staff().select_related("wagtail_userprofile"):
        keys = office_teams.office_keys(user)  # None: not limited to any office
        theirs = [s for s in waiting if keys is None or s.village.office.translation_key in keys]
        if not theirs:
            continue
        profile = getattr(user, "wagtail_userprofile", None)
        language = (profile and profile.preferred_language) or settings.LANGUAGE_CODE
        with translation.override(language):
            context = {
                "sessions": [
                    {
                        "village": one_line(session.village.name),
                        "date": session.date,
                        "place": one_line(session.place),
                        "people": session.attendance,
                    }
                    for session in theirs
                ],
                "url": settings.WAGTAILADMIN_BASE_URL + reverse("training_sessions:index") + "?status=submitted",
            }
            subject = _("%(count)s sessions waiting for review") % {"count": len(theirs)}
            body = render_to_string("village_programs/email/review_digest.txt", context)
        send_mail(subject, body, None, [user.email])
        sent += 1
    return sent


def next_digest_time(now=None):
    now = timezone.localtime(now)
    at = now.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    return at if at > now else at + datetime.timedelta(days=1)


@task(priority=REPEATING)
def send_review_digest():
    send_digest()
    enqueue_once(send_review_digest, next_digest_time())


def schedule_digest():
    enqueue_once(send_review_digest, next_digest_time())
