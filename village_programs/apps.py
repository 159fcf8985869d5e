from django.apps import AppConfig


class VillageProgramsConfig(AppConfig):
    name = "village_programs"
    verbose_name = "Village programme"
