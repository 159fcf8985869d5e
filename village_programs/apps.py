from django.apps import AppConfig

from core.roles import REVIEWERS, VILLAGE_STAFF


class VillageProgramsConfig(AppConfig):
    name = "village_programs"
    verbose_name = "Village programme"
    # Its rows appear on public pages: a change starts a new page-cache generation (core/page_cache.py).
    public_content = True
    # Staff keep the registry and officer accounts, review sessions and handle requests;
    # reviewers may read them (core/roles.py).
    roles = {
        VILLAGE_STAFF: [
            *[f"village_programs.{a}_{m}" for m in ("village", "villageofficer") for a in ("add", "change", "view")],
            *[f"village_programs.{a}_{m}" for m in ("trainingsession", "outreachrequest") for a in ("change", "view")],
        ],
        REVIEWERS: [f"village_programs.view_{m}" for m in ("village", "trainingsession", "outreachrequest")],
    }

    # Reading these asks the second login step of staff in production (core/two_factor.py).
    personal_data = [f"village_programs.view_{m}" for m in ("trainingsession", "outreachrequest", "villageofficer")]

    def ready(self):
        from core.seo import keep_out_of_search_engines
        from home.finder import resolves_places
        from operations.tasks import report_backlog, start_with_worker

        from . import retention  # noqa: F401 (registers its purges)
        from .notices import schedule_digest
        from .tasks import schedule_delivery

        # Requests left undelivered by a worker that stopped go out when one starts.
        start_with_worker(schedule_delivery)
        # Office staff hear each morning what waits for their review.
        start_with_worker(schedule_digest)
        from .outbox import backlog

        report_backlog(backlog)
        # The officer area is personal, the booking callback a machine's.
        keep_out_of_search_engines("booking_callback", "village:dashboard")
        # The office finder knows the registry's villages and kecamatan by name.
        from .models.villages import places_named

        resolves_places(places_named)
