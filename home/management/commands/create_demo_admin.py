import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = settings.BASE_DIR / ".demo-admin"


class Command(BaseCommand):
    help = "Create a demo administrator with a random password (once) and print the credentials."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow with DJANGO_DEBUG off.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to create a demo administrator with DJANGO_DEBUG off.")
        User = get_user_model()
        username = "admin"
        if not User.objects.filter(username=username).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="admin@example.org", password=password)
            CREDENTIALS_FILE.write_text(f"{username}\n{password}\n")
        if CREDENTIALS_FILE.exists():
            username, password = CREDENTIALS_FILE.read_text().split()[:2]
        else:
            password = "(the password you set)"
        self.stdout.write(
            f"\nWagtail admin: http://127.0.0.1:8000/admin/\n  username: {username}\n  password: {password}\n"
        )
