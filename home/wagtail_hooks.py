from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AlertBanner, Office


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices")
    list_display = ["name", "code", "locale"]
    search_fields = ["name", "code"]
    add_to_admin_menu = True
    menu_order = 300


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    list_display = ["message", "active", "expires_at", "locale"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(OfficeViewSet)
register_snippet(AlertBannerViewSet)
