import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import GroupPagePermission, Page, Workflow

from core import roles
from core.roles import EDITORS, REVIEWERS, VILLAGE_STAFF

pytestmark = pytest.mark.django_db


def permission_names(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def page_permissions(group_name):
    root = Page.get_first_root_node()
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=root).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_office_roles_exist_and_moderators_became_reviewers():
    names = set(Group.objects.values_list("name", flat=True))
    assert {EDITORS, REVIEWERS, VILLAGE_STAFF} <= names
    assert "Moderators" not in names


def test_editors_write_and_translate_but_do_not_publish():
    assert {"add_page", "change_page"} <= page_permissions(EDITORS)
    assert "publish_page" not in page_permissions(EDITORS)
    assert {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"} <= permission_names(EDITORS)
    # Offices, banners and events have drafts: editors write them, reviewers publish.
    assert {"home.change_office", "home.change_alertbanner", "education.change_serviceevent"} <= permission_names(
        EDITORS
    )
    assert not {"home.publish_office", "home.publish_alertbanner", "education.publish_serviceevent"} & permission_names(
        EDITORS
    )


def test_reviewers_publish_and_keep_the_official_channels():
    assert "publish_page" in page_permissions(REVIEWERS)
    assert {"home.publish_office", "home.add_office", "home.change_sitesettings"} <= permission_names(REVIEWERS)
    assert {"home.publish_alertbanner", "education.publish_serviceevent"} <= permission_names(REVIEWERS)


def test_reviewers_approve_in_the_default_workflow():
    workflow = Workflow.objects.get(name=roles.WORKFLOW)
    task = workflow.workflow_tasks.get().task.specific
    # The office-wide reviewers, and each office's own reviewers (home/office_teams.py).
    names = set(task.groups.values_list("name", flat=True))
    assert REVIEWERS in names
    assert all(name.startswith(f"{REVIEWERS}: ") for name in names - {REVIEWERS})


def test_the_workflow_is_named_in_the_admins_language_also_on_an_older_database():
    """Issue #33: the workflow's name is data the Indonesian admin shows as stored."""
    from core.roles import synchronise

    Workflow.objects.filter(name=roles.WORKFLOW).update(name="Reviewers approval")
    synchronise()
    workflow = Workflow.objects.get()
    assert workflow.name == "Persetujuan peninjau"
    assert workflow.workflow_tasks.get().task.name == "Persetujuan peninjau"


@pytest.mark.parametrize("group_name", [EDITORS, REVIEWERS, VILLAGE_STAFF])
def test_each_role_can_open_the_admin(client, group_name):
    user = User.objects.create_user("person", password="a-long-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    assert client.get("/admin/").status_code == 200


def test_roles_are_synchronised_with_their_declaration_after_migrate():
    """Rights are declared once (on the apps' AppConfigs) and every migrate brings the
    groups back to the declaration, leaving what Wagtail granted."""
    from django.contrib.auth.models import Permission

    from core.roles import synchronise

    reviewers = Group.objects.get(name=REVIEWERS)
    editors = Group.objects.get(name=EDITORS)
    publish_office = Permission.objects.get(content_type__app_label="home", codename="publish_office")
    reviewers.permissions.remove(publish_office)
    editors.permissions.add(publish_office)  # not declared for editors
    before_library = {p for p in permission_names(EDITORS) if p.startswith("wagtailimages.")}
    assert before_library

    synchronise()
    synchronise()  # idempotent

    assert "home.publish_office" in permission_names(REVIEWERS)
    assert "home.publish_office" not in permission_names(EDITORS)
    assert {p for p in permission_names(EDITORS) if p.startswith("wagtailimages.")} == before_library


def test_office_teams_follow_their_role_after_migrate():
    from django.contrib.auth.models import Permission

    from home.office_teams import refresh_team_permissions

    team = Group.objects.filter(name__startswith=f"{REVIEWERS}: ").first()
    assert team is not None
    team.permissions.remove(Permission.objects.get(content_type__app_label="home", codename="publish_office"))
    refresh_team_permissions()
    # Site settings are held on the team's own site only (GroupSitePermission), the rest as the role.
    assert permission_names(team.name) == permission_names(REVIEWERS) - {"home.change_sitesettings"}
    from wagtail.models import GroupSitePermission

    held = GroupSitePermission.objects.filter(group=team, permission__codename="change_sitesettings")
    assert held.count() == 1


def test_no_migration_grants_rights_or_imports_the_roles():
    from pathlib import Path

    project = Path(__file__).resolve().parents[2]
    for path in project.glob("*/migrations/*.py"):
        text = path.read_text()
        assert "core.roles" not in text and "home.roles" not in text, path
