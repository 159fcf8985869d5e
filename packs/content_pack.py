"""How a content pack's home sections become objects: offices and their
channels, the office's site and home page, its tasks, the alert banner and the
privacy notice. See home/packs.py for the format."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page, Site

from home import national
from home.models import (
    AlertBanner,
    ContactPage,
    HomePage,
    InformationPage,
    NationalLibraryPage,
    Office,
    OfficialChannel,
    Region,
)
from home.office_teams import ensure_teams

from .loader import PACKS, read_yaml, section


@section("offices")
def load_offices(pack, data):
    """The national channels (site/demo/national/offices.yaml, written once for every
    pack), then the pack's own office."""
    national = read_yaml(PACKS / "national" / "offices.yaml")
    for region in national.get("regions", []):
        Region.objects.get_or_create(code=region["code"], defaults={k: region[k] for k in ("kind", "name", "province")})
    for source, item in [(national, item) for item in national["offices"]] + [(data, item) for item in data["offices"]]:
        if Office.objects.filter(code=item["code"], locale=pack.source).exists():
            continue
        t = pack.strings()
        office = Office(
            locale=pack.source,
            code=item["code"],
            national=item.get("national", False),
            name=t(item["name"]),
            address=t(item["address"]),
            work_area=t(item["work_area"]),
            opening_hours=t(item["opening_hours"]),
            editor_note=source.get("editor_note", ""),
        )
        for field in (
            "area_codes",
            "time_zone",
            "saturday_service_weeks",
            "address_status",
            "opening_hours_status",
            "saturday_service_status",
            "facts_confirmed_on",
            "priority_daily_quota",
            "min_outreach_applicants",
            "issues_ordinary_passports",
        ):
            if field in item:
                setattr(office, field, item[field])
        office.full_clean(exclude=["translation_key"])
        office.channels = [
            OfficialChannel(
                sort_order=position,
                locale=pack.source,
                kind=channel["kind"],
                value=channel["value"],
                label=t(channel["label"]),
                for_complaints=channel.get("for_complaints", False),
                verified_on=channel.get("verified_on"),
            )
            for position, channel in enumerate(item["channels"])
        ]
        # What an editor could not save, a pack cannot either (SQLite would not even say).
        for channel in office.channels.all():
            channel.full_clean(exclude=["office", "translation_key"])
        office.save()
        pack.translate(office, t)
        pack.log(f"Office {office.code}")


@section("home")
def load_home(pack, data):
    """The office's site and its home page. The default site's home replaces
    Wagtail's welcome page; another office gets a Site of its own."""
    t = pack.strings()
    fields = {"title": t(data["title"]), "slug": t(data["slug"]), "intro": t(data["intro"])}
    manifest = pack.manifest["site"]
    site = pack.site
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(locale=pack.source, **fields))
        home.save_revision().publish()
        if site is None:
            site = Site.objects.create(
                hostname=manifest["hostname"], port=manifest.get("port", 80), root_page=home, is_default_site=False
            )
        else:
            placeholder = site.root_page
            site.root_page = home
            # Wagtail's welcome page, and the copies locale synchronisation made of it.
            if placeholder.depth == 2 and placeholder.get_children_count() == 0:
                for copy in placeholder.get_translations(inclusive=True).specific():
                    copy.delete()
        site.site_name = manifest["name"]
        site.save()
        pack.log(f"Home page of {site.site_name}")
    for locale in pack.targets:
        translation = home.get_translation_or_none(locale)
        if translation is None or translation.alias_of_id:
            pack.translate(home, t)
            break
    office = Office.objects.get(code=pack.manifest["office"], locale=pack.source)
    pack.name_in_settings("home_office", office)
    # Each office's own editors and reviewers, for deployments shared by several offices.
    ensure_teams(office, home)
    # The national pages (loaded before this pack) on the office's site.
    copies = national.share_all(pack.site)
    if copies:
        pack.log(f"{len(copies)} national pages on {pack.site.site_name}")


@section("library")
def load_library(pack, data):
    """The national library: the pages written once for every office's site (home/national.py)."""
    if pack.home is not None:
        return
    t = pack.strings()
    library = Page.get_first_root_node().add_child(
        instance=NationalLibraryPage(locale=pack.source, title=t(data["title"]), slug=t(data["slug"]))
    )
    library.save_revision().publish()
    pack.translate(library, t)
    pack.log("National library")


@section("tasks")
def load_tasks(pack, data):
    """The home page's task cards, once the pages they point to exist."""
    home = HomePage.objects.get(pk=pack.home.pk)
    if home.tasks:
        return
    t = pack.strings()
    # Translating the home page again needs every one of its strings, not only the new ones.
    page = pack.read("home")
    for key in ("title", "slug", "intro"):
        t(page[key])
    tasks = []
    for task in data:
        page = Page.objects.descendant_of(home).get(locale=pack.source, slug=task["page"])
        tasks.append(("task", {"page": page, "label": t(task["label"]), "description": t(task["description"])}))
    home.tasks = tasks
    home.save_revision().publish()
    pack.translate(home, t)
    pack.log("Home tasks")


@section("banner")
def load_banner(pack, data):
    """A banner for the pack's office's site only: a warning true for one office
    is not shown on another's."""
    office = Office.objects.get(code=pack.office, locale=pack.source)
    if AlertBanner.objects.filter(office__translation_key=office.translation_key).exists():
        return
    t = pack.strings()
    link = Page.objects.descendant_of(pack.home).filter(locale=pack.source, slug=data.get("link_page")).first()
    banner = AlertBanner.objects.create(
        locale=pack.source,
        office=office,
        message=t(data["message"]),
        link_page=link,
        active=True,
        expires_at=timezone.now() + datetime.timedelta(days=data["expires_in_days"]),
    )
    pack.translate(banner, t)
    pack.log("Alert banner")


@section("privacy")
def load_privacy(pack, data):
    page = pack.ensure_page(
        InformationPage,
        data,
        # Linked from every page's footer, not a section of its own.
        in_menu=False,
        build=lambda t: {
            "body": t.rich(data["body"], retention_days=settings.PERSONAL_DATA_RETENTION_DAYS),
        },
    )
    pack.name_in_settings("privacy_page", page)


@section("contact")
def load_contact(pack, data):
    page = pack.ensure_page(
        ContactPage,
        data,
        build=lambda t: {
            "emergency": t(data.get("emergency")),
            "complaints": t(data["complaints"]),
            "complaints_url": data.get("complaints_url", ""),
        },
    )
    pack.name_in_settings("contact_page", page)


@section("scammed")
def load_scammed(pack, data):
    """What to do if you were scammed: an information page the scam warnings, the banner and the checker link to."""
    page = pack.ensure_page(InformationPage, data, in_menu=False, build=lambda t: {"body": t.rich(data["body"])})
    pack.name_in_settings("scammed_page", page)
