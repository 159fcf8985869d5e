"""Django's ModelBackend, reading a user's VillageOfficer with the user: every page
of the officer area asks for it (village_programs.views.officer_required), and a
second query per page cost more than the join."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class OfficerModelBackend(ModelBackend):
    def get_user(self, user_id):
        user = get_user_model()._default_manager.select_related("village_officer").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
