"""An officer's own personal data (UU PDP: access and portability): a page to
read and print, and one JSON file to take elsewhere."""

from django.http import JsonResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from .models import OutreachRequest, TrainingSession


def _iso(value):
    return value.isoformat() if value else None


def recorded_by(user):
    """The sessions and requests `user` made: what both forms of the data show."""
    sessions = TrainingSession.objects.filter(created_by=user).select_related("village").order_by("date")
    requests = OutreachRequest.objects.filter(created_by=user).select_related("village").order_by("created_at")
    return sessions, requests


def officer_data(officer):
    user = officer.user
    sessions, requests = recorded_by(user)
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": user.username,
            "name": user.get_full_name(),
            "email": user.email,
            "position": officer.position,
            "phone": officer.phone,
            "villages": [f"{village.name} ({village.code})" for village in officer.villages.order_by("code")],
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "sessions_recorded": [
            {
                "village": session.village.name,
                "date": _iso(session.date),
                "place": session.place,
                "facilitators": session.facilitators,
                "women": session.women,
                "men": session.men,
                "notes": session.notes,
                "status": session.status,
                "photos": session.photos.count(),
                "created_at": _iso(session.created_at),
            }
            for session in sessions
        ],
        "outreach_requests": [
            {
                "village": request.village.name,
                "place": request.place_name,
                "contact_name": request.contact_name,
                "contact_phone": request.contact_phone,
                "notes": request.notes,
                "state": request.state,
                "created_at": _iso(request.created_at),
            }
            for request in requests
        ],
    }


def download(officer):
    response = JsonResponse(officer_data(officer), json_dumps_params={"ensure_ascii": False, "indent": 2})
    # The name holds nothing the officer typed: a user name could carry quotes or line breaks.
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"my-data-{timezone.localdate().isoformat()}.json"
    )
    return response


def readable(officer):
    """The same data for the page: objects, so dates, statuses and numbers read in the officer's language."""
    sessions, requests = recorded_by(officer.user)
    return {
        "officer": officer,
        "account_user": officer.user,
        "villages": officer.villages.order_by("code"),
        "sessions": sessions.prefetch_related("photos"),
        "requests": requests,
        "exported_at": timezone.now(),
    }
