"""Small security helpers shared by the officer and admin logins."""

from django.contrib.auth import get_user_model

USERNAME_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length


def axes_username(request, credentials):
    """The username django-axes records for a failed login, cut to what a real
    username can be: a hostile 5,000-character name must not break the log."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return None if username is None else str(username)[:USERNAME_MAX_LENGTH]
