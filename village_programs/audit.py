"""Who touched personal data, and when: entries in Wagtail's own log, shown under
Reports › Site history (filter by action) and on each object's history."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

# action: (label in the filter, message in the history)
ACTIONS = {
    "kanim.view_photo": (_("View an attendance photo"), _("Viewed an attendance photo")),
    "kanim.export": (_("Export personal data"), _("Exported training sessions")),
    "kanim.download_own_data": (_("Download own data"), _("Downloaded their own data")),
    "kanim.unlock": (_("Unlock an account"), _("Unlocked a locked-out account")),
    "kanim.purge": (_("Purge personal data"), _("Removed personal data past its retention period")),
}


def register(actions):
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def unwrapped(value):
    """request.user arrives as django-otp's lazy proxy; Wagtail's log finds its
    log model by the object's real type, and would silently log nothing."""
    if isinstance(value, SimpleLazyObject):
        value.pk  # noqa: B018 (evaluates the proxy)
        return value._wrapped
    return value


def record(instance, action, user=None, **data):
    """Log `action` on `instance` (the object whose personal data was used)."""
    assert action in ACTIONS, action
    log(instance=unwrapped(instance), action=action, user=unwrapped(user), data=data or None)
