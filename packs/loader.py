"""Office content packs: an office's starter content as data under site/demo/<office>/.

A pack is a folder of YAML files. `pack.yaml` names the office, its Wagtail Site
and the sections to load, in order; each section is another file of the folder,
read by the handler an app registers in its `content_pack.py` module, which is
found the way Django finds `admin.py`.
So home stays the ground floor: it knows how to read a pack, not what the
feature apps make of it.

Text a reader sees is written once per language, as `{id: "...", en: "..."}`.
Objects are created in the source language (the first of the pack's
`languages`) and translated through wagtail-localize, as an editor would, so
later edits to the source show up in the admin as strings to update.

Loading is idempotent: a handler creates only what is missing and never
changes what is there, so editors' changes survive a second load."""

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from wagtail.models import Locale, Site

from core.translation import translate

PACKS = Path(settings.BASE_DIR) / "site" / "demo"

_handlers = {}


def section(name):
    """Register the handler of a pack section: `handler(pack, data)`."""

    def register(handler):
        _handlers[name] = handler
        return handler

    return register


class PackError(Exception):
    pass


def available():
    """The offices' packs (the national pack is loaded with each of them)."""
    return sorted(path.parent.name for path in PACKS.glob("*/pack.yaml") if not read_yaml(path).get("national"))


def read_yaml(path):
    try:
        with open(path, encoding="utf-8") as file:
            return yaml.safe_load(file)
    except FileNotFoundError:
        raise PackError(f"{path} is missing.") from None
    except yaml.YAMLError as error:
        raise PackError(f"{path} is not valid YAML: {error}") from None


@dataclass
class Pack:
    office: str
    log: object = print
    directory: Path = field(init=False)
    manifest: dict = field(init=False)

    def __post_init__(self):
        self.directory = PACKS / self.office
        if not (self.directory / "pack.yaml").exists():
            raise PackError(f"No content pack '{self.office}'. Available: {', '.join(available()) or 'none'}.")
        self.manifest = read_yaml(self.directory / "pack.yaml")

    def read(self, name):
        return read_yaml(self.directory / f"{name}.yaml")

    @property
    def national(self):
        """The national pack (site/demo/national/) fills the national library, not an office's site."""
        return self.manifest.get("national", False)

    def load(self):
        autodiscover_modules("content_pack")
        unknown = [name for name in self.manifest["sections"] if name not in _handlers]
        if unknown:
            raise PackError(f"No handler for section(s) {', '.join(unknown)} of the '{self.office}' pack.")
        for name in self.manifest["sections"]:
            _handlers[name](self, self.read(name))

    # --- Languages -----------------------------------------------------------

    @cached_property
    def languages(self):
        return self.manifest["languages"]

    @cached_property
    def source(self):
        return Locale.objects.get(language_code=self.languages[0])

    @cached_property
    def targets(self):
        return list(Locale.objects.filter(language_code__in=self.languages[1:]))

    def strings(self):
        return Strings(self.languages[0])

    def translate(self, instance, strings):
        for locale in self.targets:
            translate(instance, locale, strings.into(locale.language_code))

    # --- Where the pack's content lives --------------------------------------

    @property
    def site(self):
        """The office's Wagtail Site (None until the home section creates it, and for the national pack)."""
        if self.national:
            return None
        site = self.manifest["site"]
        if site.get("default"):
            return Site.objects.get(is_default_site=True)
        return Site.objects.filter(hostname=site["hostname"]).first()

    @property
    def home(self):
        """Where the pack's pages go: the office's home page, or the national library."""
        if self.national:
            from home.models import NationalLibraryPage

            return NationalLibraryPage.objects.filter(locale=self.source).first()
        return self.site.root_page.specific

    def page(self, model, slug):
        """The pack's page of `model` with this source-language slug, or None."""
        return model.objects.descendant_of(self.home).filter(locale=self.source, slug=slug).first()

    def page_fields(self, t, data):
        """What every pack page has: title, slug and introduction in each language, and review dates."""
        return {"title": t(data["title"]), "slug": t(data["slug"]), "intro": t(data["intro"]), **self.review_dates()}

    def ensure_page(self, model, data, parent=None, in_menu=None, build=None):
        """The pack's page of `model` with `data`'s slug; made under `parent`
        (the home page by default) if it is missing, with `build(t)` giving the
        page type's own fields."""
        page = self.page(model, data["slug"][self.languages[0]])
        if page is None:
            t = self.strings()
            fields = {**self.page_fields(t, data), **(build(t) if build else {})}
            page = self.add_page(parent or self.home, model(**fields), t, in_menu=in_menu)
        return page

    def name_in_settings(self, name, page):
        """Name `page` in the site's settings as `name` (e.g. "privacy_page"), unless editors chose one."""
        from home.models import SiteSettings

        if self.national:
            return  # each office's site names its copy (home/national.py)
        SiteSettings.name_unless_chosen(self.site, name, page)

    def add_page(self, parent, page, strings, in_menu=None):
        """Add, publish and translate `page`; a page directly under the home
        page is a section of the site, in its menus, unless `in_menu` says no."""
        page.show_in_menus = parent.pk == self.home.pk if in_menu is None else in_menu
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.translate(page, strings)
        self.log(f"Page {page.slug}")
        return page

    # --- Review dates ---------------------------------------------------------

    def review_dates(self):
        """When the pack's facts were checked, and when that check falls due again: from
        the check itself, not from the day the pack is loaded, so an old check shows as overdue."""
        reviewed = self.manifest["reviewed"]
        return {
            "last_reviewed": reviewed,
            "next_review_due": reviewed + datetime.timedelta(days=self.manifest["review_after_days"]),
        }

    WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    def day(self, days_ahead, weekday=None):
        """The date `days_ahead` from today, or the first `weekday` ("wednesday")
        from then: an office that serves a kecamatan on Wednesdays must not be
        shown there on a Saturday because of the day the demo was loaded."""
        day = timezone.localdate() + datetime.timedelta(days=days_ahead)
        if weekday is not None:
            day += datetime.timedelta(days=(self.WEEKDAYS.index(weekday) - day.weekday()) % 7)
        return day


class Strings:
    """Collects a pack's texts while an object is built: each call returns the
    source-language text and remembers its translations for `Pack.translate`.

        t = pack.strings()
        page = HomePage(title=t(data["title"]), intro=t(data["intro"]))
    """

    def __init__(self, source):
        self.source = source
        self.texts = {}

    def __call__(self, value, **placeholders):
        if value is None:
            return ""
        if not isinstance(value, dict) or self.source not in value:
            raise PackError(f"Expected a text in each language, got {value!r}.")
        value = {language: text.format(**placeholders) if placeholders else text for language, text in value.items()}
        self.texts[value[self.source]] = value
        return value[self.source]

    def rich(self, blocks, **placeholders):
        """Rich text from a list of blocks: a text is a paragraph; `{h2: text}`,
        `{h3: text}` a heading; `{ul: [texts]}`, `{ol: [texts]}` a list."""
        html = []
        for block in blocks:
            if self.source in block:
                html.append(f"<p>{self(block, **placeholders)}</p>")
                continue
            ((tag, content),) = block.items()
            if tag in ("ul", "ol"):
                items = "".join(f"<li>{self(item, **placeholders)}</li>" for item in content)
                html.append(f"<{tag}>{items}</{tag}>")
            elif tag in ("h2", "h3", "h4"):
                html.append(f"<{tag}>{self(content, **placeholders)}</{tag}>")
            else:
                raise PackError(f"Unknown rich text block {tag!r}.")
        return "".join(html)

    def into(self, language):
        missing = [source for source, value in self.texts.items() if language not in value]
        if missing:
            raise PackError(f"No '{language}' text for: {missing!r}")
        return {source: value[language] for source, value in self.texts.items()}
