from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from faq import views as faq_views
from home import seo
from home import views as home_views
from search import views as search_views
from village_programs import api as booking_api

handler500 = "home.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", home_views.root_redirect, name="root"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("api/booking/callbacks/", booking_api.booking_callback, name="booking_callback"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggest/"), search_views.suggest, name="search_suggest"),
    path(_("faq/feedback/<int:question_id>/"), faq_views.feedback, name="faq_feedback"),
    path(_("village/"), include("village_programs.urls")),
    # Wagtail's page tree last: it answers every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
