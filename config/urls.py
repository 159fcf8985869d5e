from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import api as core_api
from core import seo
from core import views as core_views
from education import api as education_api
from faq import api as faq_api
from faq import views as faq_views
from home import api
from home import views as home_views
from search import views as search_views
from village_programs import api as booking_api

handler500 = "core.views.server_error"

# The open-data API (docs/open-data.md). A breaking change means a new /api/v2/.
api_v1 = [
    path("openapi.yaml", core_api.openapi, name="openapi"),
    path("<str:lang>/offices/", api.offices, name="offices"),
    path("<str:lang>/offices/<str:code>/", api.office, name="office"),
    path("<str:lang>/fees/", education_api.fees, name="fees"),
    path("<str:lang>/fees/<str:code>/", education_api.fee, name="fee"),
    path("<str:lang>/requirements/", education_api.requirements, name="requirements"),
    path("<str:lang>/requirements/<str:page_id>/", education_api.requirement, name="requirement"),
    path("<str:lang>/services/", education_api.services, name="services"),
    path("<str:lang>/events/", education_api.events, name="events"),
    path("<str:lang>/events/<str:event_id>/", education_api.event, name="event"),
    path("<str:lang>/scam-warnings/", education_api.scam_warnings, name="scam_warnings"),
    path("<str:lang>/scam-warnings/<str:page_id>/", education_api.scam_warning, name="scam_warning"),
    path("<str:lang>/faq/", faq_api.questions, name="faq"),
    path("<str:lang>/faq/<str:page_id>/", faq_api.question, name="faq_question"),
    path("<str:lang>/channels/check/", education_api.channel_check, name="channel_check"),
    path("<str:lang>/office-finder/", api.office_finder, name="office_finder"),
]
# Any other address under /api/v1/ answers in JSON too.
api_v1.append(re_path(r"^(?P<path>.*)$", core_api.unknown, name="unknown"))
# The index lists every collection: each route above that takes the language alone.
api_v1.insert(
    0,
    path(
        "",
        core_api.index,
        {"collections": [p.name for p in api_v1 if p.pattern.converters.keys() == {"lang"}]},
        name="index",
    ),
)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", core_views.root_redirect, name="root"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("alive/", core_views.alive, name="alive"),
    path("api/booking/callbacks/", booking_api.booking_callback, name="booking_callback"),
    path("api/v1/", include((api_v1, "api_v1"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("office-finder/"), home_views.office_finder, name="office_finder"),
    path(_("search/suggest/"), search_views.suggest, name="search_suggest"),
    path(_("faq/feedback/<int:question_id>/"), faq_views.feedback, name="faq_feedback"),
    path(_("village/"), include("village_programs.urls")),
    # Wagtail's page tree last: it answers every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
