from django.contrib.auth import views as auth_views
from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "village"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(_("login/"), views.LoginView.as_view(), name="login"),
    path(_("logout/"), auth_views.LogoutView.as_view(next_page=views.LOGIN_URL), name="logout"),
    path(_("password/"), views.PasswordChangeView.as_view(), name="password_change"),
    path(_("sessions/new/"), views.session_create, name="session_create"),
    path(_("sessions/<int:pk>/"), views.session_detail, name="session_detail"),
    path(_("sessions/<int:pk>/edit/"), views.session_edit, name="session_edit"),
    path(_("sessions/<int:pk>/photos/<int:photo_pk>/"), views.session_photo, name="session_photo"),
    path(_("requests/new/"), views.request_create, name="request_create"),
    path(_("requests/<int:pk>/"), views.request_detail, name="request_detail"),
    path(_("requests/<int:pk>/edit/"), views.request_edit, name="request_edit"),
    path(_("requests/<int:pk>/cancel/"), views.request_cancel, name="request_cancel"),
    path(_("my-data/"), views.my_data_download, name="my_data"),
    path(_("notices/"), views.notice_list, name="notices"),
    # The officer area on the phone: served from the area's own folder, which is the worker's scope.
    path("sw.js", views.service_worker, name="service_worker"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path(_("offline/"), views.offline, name="offline"),
]
