"""The demo's first office site, for the pack tests: their `demo` fixture
(tests/packs/conftest.py) makes it the default site while they run.
With the world beside it a page's `url` carries its host and `objects.get()` can find
the world's page too, so pack tests that mean "the demo's page" ask here."""

from wagtail.models import Locale, Site


def site():
    return Site.objects.get(is_default_site=True)


def home(language="id"):
    return site().root_page.get_translation(Locale.objects.get(language_code=language))


def pages(model, language="id"):
    """The live pages of `model` on the demo's site in `language`."""
    return model.objects.live().descendant_of(home(language))


def path(page):
    """The page's address as a link on the demo's site writes it: /id/..., no host."""
    return page.get_url(current_site=site())


def office():
    """The demo site's own office, in the source language."""
    from home.models import SiteSettings

    return SiteSettings.for_site(site()).home_office


def national(model, language="id"):
    """The pages of `model` in the national library, which every office's site shows a copy of."""
    from home.models import NationalLibraryPage

    library = NationalLibraryPage.objects.get(locale__language_code=language)
    return model.objects.descendant_of(library)
