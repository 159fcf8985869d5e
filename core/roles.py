"""Groups the office works in, used by data migrations.

Editors write and translate; reviewers approve and publish, and keep the
offices' official channels; village programme staff manage villages, officers,
training sessions and outreach requests. Functions here take the migration's
`apps` so they work on historical models."""

from django.contrib.auth.management import create_permissions

EDITORS = "Editors"
REVIEWERS = "Reviewers"
VILLAGE_STAFF = "Village programme staff"


def ensure_permissions(apps, app_label):
    """Permissions are normally created after all migrations have run; a data
    migration that grants them must create them first."""
    try:
        app_config = apps.get_app_config(app_label)
    except LookupError:
        return  # An app with no models of its own (wagtailadmin) made its permissions in its migration.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant(apps, group_name, app_label, codenames):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ensure_permissions(apps, app_label)
    group, _created = Group.objects.get_or_create(name=group_name)
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    missing = set(codenames) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"Unknown permissions for {app_label}: {sorted(missing)}")
    group.permissions.add(*permissions)


def revoke(apps, group_name, app_label, codenames):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=group_name).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))


def reviewed_snippet(apps, app_label, model_name):
    """Make a draftable, lockable snippet go through the reviewers: its publish, lock
    and unlock permissions (Wagtail adds them only after migrating) and the
    "Reviewers approval" workflow. Editors write drafts; reviewers publish."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    for action in ("publish", "lock", "unlock"):
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{model_name}",
            defaults={"name": f"Can {action} {model_name}"},
        )
    writing = [f"add_{model_name}", f"change_{model_name}", f"view_{model_name}"]
    grant(apps, EDITORS, app_label, writing)
    grant(
        apps,
        REVIEWERS,
        app_label,
        writing + [f"delete_{model_name}", f"publish_{model_name}", f"lock_{model_name}", f"unlock_{model_name}"],
    )
    workflow = Workflow.objects.filter(name="Reviewers approval").first()
    if workflow is not None:
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
