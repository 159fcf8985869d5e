"""Which office's content a member of staff may touch (several offices on one
deployment). See OfficeTeam in home/models.py."""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import GroupPagePermission, GroupSitePermission, Page, Site, Workflow
from wagtail.snippets.views.snippets import SnippetViewSet

from core.roles import EDITORS, REVIEWERS, WORKFLOW

from .models import Office, OfficeTeam, SiteSettings


def office_keys(user):
    """The translation keys of the offices `user` works for, or None when the user is not limited to any."""
    if user.is_superuser:
        return None
    teams = OfficeTeam.objects.filter(group__user=user).select_related("office")
    keys = {team.office.translation_key for team in teams}
    return keys or None


def office_of(instance):
    """The office an office, banner or event belongs to (None for a national banner)."""
    return instance if isinstance(instance, Office) else getattr(instance, "office", None)


def may_touch(user, instance):
    keys = office_keys(user)
    if keys is None:
        return True
    office = office_of(instance)
    return office is not None and office.translation_key in keys


def check(user, instance):
    if not may_touch(user, instance):
        raise PermissionDenied


def limit(user, queryset, lookup):
    """`queryset` narrowed to the user's offices; `lookup` leads to an office's translation key."""
    keys = office_keys(user)
    return queryset if keys is None else queryset.filter(**{f"{lookup}__in": keys})


def split_site_permissions(permissions):
    """(the rest, the site settings' permissions): a team holds the latter on its
    own office's site only, through Wagtail's GroupSitePermission, so a team edits
    its own site's settings and no other office's."""
    per_site = [p for p in permissions if issubclass(p.content_type.model_class() or object, BaseSiteSetting)]
    return [p for p in permissions if p not in per_site], per_site


def ensure_teams(office, home):
    """An editors' and a reviewers' team for `office`, whose site starts at `home`:
    the model permissions of the office-wide Editors and Reviewers groups, the
    page permissions those groups hold on the whole tree granted on `home` and
    its translations only, and the reviewers in the reviewers' workflow."""
    root = Page.get_first_root_node()
    homes = list(Page.objects.filter(translation_key=home.translation_key))
    teams = {}
    for role in (EDITORS, REVIEWERS):
        model_group = Group.objects.filter(name=role).first()
        group, _created = Group.objects.get_or_create(name=f"{role}: {office.name}")
        OfficeTeam.objects.get_or_create(group=group, defaults={"office": office})
        if model_group is not None:
            global_permissions, per_site = split_site_permissions(model_group.permissions.all())
            group.permissions.set(global_permissions)
            for site in Site.objects.filter(root_page__in=homes):
                for permission in per_site:
                    GroupSitePermission.objects.get_or_create(group=group, site=site, permission=permission)
            for permission in GroupPagePermission.objects.filter(group=model_group, page=root):
                for page in homes:
                    GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission.permission)
        teams[role] = group
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        for workflow_task in workflow.workflow_tasks.all():
            task = workflow_task.task.specific
            if hasattr(task, "groups"):
                task.groups.add(teams[REVIEWERS])
    return teams


def refresh_team_permissions(**kwargs):
    """After every migrate: each office team holds its role's model permissions, also
    when the roles' declaration has changed since the team was made (core/roles.py)."""
    for role in (EDITORS, REVIEWERS):
        model_group = Group.objects.filter(name=role).first()
        if model_group is None:
            continue
        permissions, per_site = split_site_permissions(model_group.permissions.all())
        for team in Group.objects.filter(name__startswith=f"{role}: ", office_team__isnull=False):
            team.permissions.set(permissions)
            key = team.office_team.office.translation_key
            own_sites = SiteSettings.objects.filter(home_office__translation_key=key).values("site")
            GroupSitePermission.objects.filter(group=team).exclude(site__in=own_sites).delete()
            for site in Site.objects.filter(pk__in=own_sites):
                for permission in per_site:
                    GroupSitePermission.objects.get_or_create(group=team, site=site, permission=permission)


class OfficeScopedForm(WagtailAdminModelForm):
    """For someone on an office's team: the offices to choose from are theirs,
    and a banner cannot be made national."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        keys = office_keys(for_user) if for_user is not None else None
        if keys is not None and "office" in self.fields:
            field = self.fields["office"]
            field.queryset = field.queryset.filter(translation_key__in=keys)
            field.required = True


class OfficeScoped:
    """The one way an admin viewset keeps an office team to its own office's objects:
    its listing and exports show only them, and every view of one object (edit,
    delete, inspect, history, revisions, locking, workflow actions, usage, preview)
    refuses another office's. `office_lookup` leads from the model to an office's
    translation key. Mixed into SnippetViewSet (OfficeScopedViewSet) and into the
    village programme's ModelViewSets; bulk deletion is checked by a hook
    (home/wagtail_hooks.py)."""

    office_lookup = "office__translation_key"

    def get_queryset(self, request):
        # A snippet viewset's default is None; a ModelViewSet has no get_queryset of its own.
        parent = getattr(super(), "get_queryset", None)
        queryset = parent(request) if parent else None
        if queryset is None:
            queryset = self.model._default_manager.all()
        return limit(request.user, queryset, self.office_lookup)

    def get_index_view_kwargs(self, **kwargs):
        if isinstance(self, SnippetViewSet):  # a snippet's index already asks get_queryset
            return super().get_index_view_kwargs(**kwargs)
        return super().get_index_view_kwargs(queryset=self.get_queryset, **kwargs)

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = self.only_own_office(pattern.callback)
        return patterns

    def only_own_office(self, view):
        @wraps(view)
        def scoped(request, *args, **kwargs):
            if "pk" in kwargs and office_keys(request.user) is not None:
                pk = unquote(str(kwargs["pk"]))
                mine = self.get_queryset(request).filter(pk=pk)
                if not mine.exists() and self.model._default_manager.filter(pk=pk).exists():
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        return scoped


class OfficeScopedViewSet(OfficeScoped, SnippetViewSet):
    """A snippet that belongs to an office (see OfficeScoped)."""

    @property
    def edit_handler(self):
        return ObjectList(self.model.panels, base_form_class=OfficeScopedForm)
