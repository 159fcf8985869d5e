"""National pages written once and shown on every office's site.

The national library (`NationalLibraryPage`, one per language) sits beside the
offices' home pages, under no site. Each of its pages has a copy on every
office's site, at the same place in the office's tree: a Wagtail alias, which
Wagtail brings up to date whenever the national page is published. So a national
editor edits a requirement once and every office shows the new text; an office
team sees the copy in its tree but edits the original only if it may edit the
library. An office adds its own pages beside the copies, or under a copied index.

`share()` runs when a national page is published and when an office's pack is
loaded (`manage.py share_national_pages` does it for every site)."""

import uuid

from wagtail.models import Page, Site

from .models import HomePage, NationalLibraryPage, SiteSettings

# The id and en copies of one national page on one office's site are translations
# of each other (the language switcher links them), and no other copy's.
COPY_KEYS = uuid.UUID("3f6f0d7e-63b5-4c61-9c1e-6b1f3f0f5a2a")


def libraries():
    return NationalLibraryPage.objects.all()


def in_library(page):
    return any(page.path.startswith(library.path) and page.pk != library.pk for library in libraries())


def office_homes(locale):
    """The home page of every office's site in `locale` (not Wagtail's welcome page of a new site)."""
    roots = Page.objects.filter(sites_rooted_here__isnull=False).values("translation_key")
    return HomePage.objects.filter(translation_key__in=roots, locale=locale, depth=2)


def copy_key(home, source):
    return uuid.uuid5(COPY_KEYS, f"{home.translation_key}:{source.translation_key}")


def share(source, site=None):
    """Give every office's site (or only `site`) a copy of the national page `source`
    (and of its parents in the library, first), unless it has one. Returns the copies made."""
    homes = office_homes(source.locale_id)
    if site is not None:
        homes = homes.filter(translation_key=site.root_page.translation_key)
    made = []
    for home in homes:
        made.extend(_share_under(home, source))
    return made


def _share_under(home, source):
    library_parent = source.get_parent()
    if library_parent.depth == 2:
        parent = home
    else:
        parent = Page.objects.filter(alias_of=library_parent, path__startswith=home.path).first()
        if parent is None:
            made = _share_under(home, library_parent)
            parent = made[-1] if made else None
            if parent is None:
                return []
    if Page.objects.filter(alias_of=source, path__startswith=home.path).exists():
        return []
    if parent.get_children().filter(slug=source.slug).exists():
        return []  # the office has a page of its own at that address: it stays
    copy = source.create_alias(parent=parent, update_locale=home.locale, log_action=None)
    Page.objects.filter(pk=copy.pk).update(translation_key=copy_key(home, source))
    copy.translation_key = copy_key(home, source)
    name_in_settings(home, copy)
    return [copy]


def name_in_settings(home, copy):
    """A copied page that fills a site setting (the FAQ page) is named in the site's
    settings, unless the office's editors chose a page of their own."""
    setting = getattr(copy.specific_class, "fills_site_setting", None)
    site = Site.objects.filter(root_page=home).first()
    if setting is not None and site is not None:
        SiteSettings.name_unless_chosen(site, setting, copy)


def share_all(site=None):
    """Every national page on every office's site (or only `site`): for a new office."""
    made = []
    for library in libraries():
        for source in library.get_descendants().order_by("path"):
            made.extend(share(source, site))
    return made


def share_when_published(sender, instance, alias=False, **kwargs):
    # Wagtail itself publishes the copies (alias=True); only a library page is shared.
    if not alias and in_library(instance):
        share(instance)
