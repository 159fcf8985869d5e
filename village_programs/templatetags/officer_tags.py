from django import template
from django.utils.html import json_script
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def officer_strings():
    """What static/js/officer.js says, in the page's language, as a JSON block (data, not script)."""
    strings = {
        "offline": _("You are offline. What you save stays on this phone and is sent when you are back online."),
        "ready": _("This area also opens without a connection on this phone."),
        "queued": _("Saved on this phone. It will be sent to the office when you are back online."),
        "waiting": _("Waiting to be sent"),
        "sending": _("Sending…"),
        "sent": _("Sent to the office"),
        "invalid": _("Not accepted. Please correct:"),
        "conflict": _("Changed at the office meanwhile:"),
        "login": _("Log in again to send it."),
        "retry": _("The office could not be reached. Trying again shortly."),
        "percent": _("Sending… {percent} %"),
        "preparing": _("Preparing the photo…"),
        "photo_ready": _("Photo ready to send ({width} × {height}, {size} KB)."),
        "photo_kept": _("Photo kept on this phone ({size} KB)."),
        "photo_failed": _("This photo could not be read on the phone; it will be sent as it is."),
        "restored": _("What you typed earlier on this phone is filled in again."),
        "discard": _("Start again"),
        "open": _("Open to correct"),
        "open_record": _("Open the record"),
        "remove": _("Remove from this phone"),
        "confirm_remove": _("Remove this record from the phone? It has not reached the office."),
        "session": _("Session"),
        "request": _("Request"),
    }
    return json_script(strings, "officer-strings")
