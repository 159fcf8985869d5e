"""Who touched personal data, and when: entries in Wagtail's own log, shown under
Reports › Site history (filter by action) and on each object's history."""

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


def record(instance, action, user=None, **data):
    """Log `action` on `instance` (the object whose personal data was used)."""
    assert action in ACTIONS, action
    log(instance=instance, action=action, user=user, data=data or None)
