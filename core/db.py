from django.conf import settings


def reporting_db():
    """The database the admin's reports read: the replica when one is configured."""
    return "replica" if "replica" in settings.DATABASES else "default"
