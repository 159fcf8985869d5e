import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = settings.BASE_DIR / ".demo-admin"


class Command(BaseCommand):
    help = (
        "Create the demo administrator, and a demo village officer for Desa Citeko, each with a random "
        "password (once); print their credentials."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow with DJANGO_DEBUG off.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to create demo accounts with DJANGO_DEBUG off.")
        saved = (
            dict(line.split(" ", 1) for line in CREDENTIALS_FILE.read_text().splitlines() if " " in line)
            if (CREDENTIALS_FILE.exists())
            else {}
        )
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            saved["admin"] = secrets.token_urlsafe(12)
            User.objects.create_superuser(username="admin", email="admin@example.org", password=saved["admin"])
        if not User.objects.filter(username="citeko").exists():
            saved["citeko"] = self.create_officer()
        if saved:
            CREDENTIALS_FILE.write_text("".join(f"{user} {password}\n" for user, password in saved.items()))
        unknown = "(the password you set)"
        self.stdout.write(
            "\nWagtail admin: http://127.0.0.1:8000/admin/\n"
            f"  username: admin\n  password: {saved.get('admin', unknown)}\n"
            "Village officer area: http://127.0.0.1:8000/id/desa/\n"
            f"  username: citeko\n  password: {saved.get('citeko', unknown)} (to be changed at first login)\n"
        )

    def create_officer(self):
        from village_programs.models import Village, VillageOfficer

        village = Village.objects.filter(code="32.14.04.2006").first()
        if village is None:
            return None
        password = secrets.token_urlsafe(12)
        user = get_user_model().objects.create_user(
            username="citeko", password=password, first_name="Perangkat", last_name="Desa Citeko"
        )
        officer = VillageOfficer.objects.create(user=user, position="Sekretaris Desa", must_change_password=True)
        officer.villages.add(village)
        return password
