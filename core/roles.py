"""The office's roles and what each may do, declared once and synchronised after
every `migrate`.

Editors write and translate; reviewers approve and publish, and keep the offices'
official channels; village programme staff manage villages, officers, training
sessions and outreach requests. Each app declares its own part on its AppConfig:

    roles = {EDITORS: ["home.view_office"], REVIEWERS: ["home.change_office", ...]}
    reviewed_models = ["office"]   # drafts go through the reviewers' workflow (WORKFLOW)

After migrating, `synchronise` makes the groups hold exactly what is declared of the
declaring apps' permissions (adding what is missing, removing what is no longer
declared), so a change of rights is a change of one declaration, on a new database
and an old one alike. What Wagtail's own migrations give the groups (images,
documents, translation) is left as it is."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import transaction

EDITORS = "Editors"
REVIEWERS = "Reviewers"
VILLAGE_STAFF = "Village programme staff"
ROLES = (EDITORS, REVIEWERS, VILLAGE_STAFF)
# The admin is in Indonesian and a workflow's name is data, shown as it is stored.
WORKFLOW = "Persetujuan peninjau"
FORMER_WORKFLOW_NAMES = ("Moderators approval", "Reviewers approval")


def declarations():
    """{group: {"app_label.codename", ...}} and the reviewed models, from every app that declares roles."""
    granted = {role: set() for role in ROLES}
    reviewed = []
    managed = set()
    for config in global_apps.get_app_configs():
        roles = getattr(config, "roles", None)
        if roles is None:
            continue
        managed.add(config.label)
        for role, permissions in roles.items():
            granted[role].update(permissions)
        reviewed += [(config.label, model_name) for model_name in getattr(config, "reviewed_models", [])]
    return granted, reviewed, managed


def _permission(app_label, codename):
    """The permission, made if Wagtail has not made it yet (publish and lock rights of
    draftable models are added after migrating)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None:
        return found
    action, _sep, model_name = codename.partition("_")
    model = global_apps.get_model(app_label, model_name)
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    return Permission.objects.create(
        content_type=content_type, codename=codename, name=f"Can {action} {model._meta.verbose_name_raw}"
    )


def synchronise(verbosity=0, **kwargs):
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Task, Workflow, WorkflowContentType

    granted, reviewed, managed = declarations()
    with transaction.atomic():
        for config in global_apps.get_app_configs():
            if config.models_module is not None:
                create_permissions(config, verbosity=0)
        # Wagtail makes "Moderators"; this office calls them reviewers (the group keeps
        # its page permissions and its place in the approval task).
        if not Group.objects.filter(name=REVIEWERS).exists():
            Group.objects.filter(name="Moderators").update(name=REVIEWERS)
        Task.objects.filter(name__in=FORMER_WORKFLOW_NAMES).update(name=WORKFLOW)
        Workflow.objects.filter(name__in=FORMER_WORKFLOW_NAMES).update(name=WORKFLOW)
        for role, names in granted.items():
            group, _created = Group.objects.get_or_create(name=role)
            wanted = {_permission(*name.split(".", 1)) for name in sorted(names)}
            held = set(group.permissions.filter(content_type__app_label__in=managed))
            group.permissions.remove(*(held - wanted))
            group.permissions.add(*wanted)
        workflow = Workflow.objects.filter(name=WORKFLOW).first()
        if workflow is not None:
            for app_label, model_name in reviewed:
                content_type = ContentType.objects.get_for_model(global_apps.get_model(app_label, model_name))
                WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
