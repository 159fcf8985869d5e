import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from packs.loader import Pack, PackError
from village_programs.models import Village, VillageOfficer

CREDENTIALS_FILE = settings.BASE_DIR / ".demo-admin"


class Command(BaseCommand):
    help = (
        "Create the demo administrator, and the demo village officers of an office's content pack, each "
        "with a random password (once); print their credentials."
    )

    def add_arguments(self, parser):
        parser.add_argument("--office", default="karawang", help="The content pack whose officers to create.")
        parser.add_argument("--force", action="store_true", help="Allow with DJANGO_DEBUG off.")

    def handle(self, *args, office, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to create demo accounts with DJANGO_DEBUG off.")
        try:
            officers = Pack(office).read("villages").get("officers", [])
        except PackError as error:
            raise CommandError(str(error)) from None
        saved = (
            dict(line.split(" ", 1) for line in CREDENTIALS_FILE.read_text().splitlines() if " " in line)
            if (CREDENTIALS_FILE.exists())
            else {}
        )
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            saved["admin"] = secrets.token_urlsafe(12)
            User.objects.create_superuser(username="admin", email="admin@example.org", password=saved["admin"])
        for officer in officers:
            if not User.objects.filter(username=officer["username"]).exists():
                saved[officer["username"]] = self.create_officer(officer)
        if saved:
            CREDENTIALS_FILE.write_text("".join(f"{user} {password}\n" for user, password in saved.items() if password))
        unknown = "(the password you set)"
        self.stdout.write(
            "\nWagtail admin: http://127.0.0.1:8000/admin/\n"
            f"  username: admin\n  password: {saved.get('admin', unknown)}\n"
        )
        for officer in officers:
            username = officer["username"]
            self.stdout.write(
                "Village officer area: http://127.0.0.1:8000/id/desa/\n"
                f"  username: {username}\n  password: {saved.get(username, unknown)} (to be changed at first login)\n"
            )

    def create_officer(self, data):
        villages = Village.objects.filter(code__in=data["villages"])
        if not villages:
            return None
        password = secrets.token_urlsafe(12)
        user = get_user_model().objects.create_user(
            username=data["username"], password=password, first_name=data["first_name"], last_name=data["last_name"]
        )
        officer = VillageOfficer.objects.create(user=user, position=data["position"], must_change_password=True)
        officer.villages.set(villages)
        return password
