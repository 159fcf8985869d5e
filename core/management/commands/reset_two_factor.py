"""Removes a staff member's authenticator and backup codes, for one who lost both
(docs/security.md, "Resetting a second step"). Run by another administrator on the
server; the person then sets up a new authenticator at their next login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = "Remove a user's authenticator and backup codes so that they set up new ones at the next login."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--by", required=True, help="The administrator doing the reset, for the record.")

    def handle(self, username, by, **options):
        users = get_user_model().objects
        try:
            user = users.get(username=username)
        except users.model.DoesNotExist:
            raise CommandError(f"There is no user {username!r}.") from None
        if not users.filter(username=by, is_superuser=True, is_active=True).exclude(pk=user.pk).exists():
            raise CommandError("--by must name another active superuser: nobody resets their own second step.")
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(f"Removed {len(devices)} device(s) of {username}, reset by {by}.")
