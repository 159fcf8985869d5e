"""'Which office serves me?': from the reader's regency or city, or a village or
kecamatan name typed, to the office site that serves it.

Regions (kabupaten and kota, Kemendagri codes) are national data; each office says
which it serves (Office.area_codes); the office's site is the Site whose settings
name it as home office. A place name the regions do not know can be resolved by an
app that keeps a registry of places (the village registry registers itself here),
so home imports no feature app."""

import re
from dataclasses import dataclass, field

from django.db.models import Q

from .models import Office, Region, SiteSettings

# `resolve(text)` -> [(label, region_code)]: places an app knows by name.
place_resolvers = []


def resolves_places(resolve):
    place_resolvers.append(resolve)
    return resolve


@dataclass
class Answer:
    query: str
    regions: list = field(default_factory=list)
    # (office, site) for each office that serves one of the regions, its site or None.
    offices: list = field(default_factory=list)
    places: list = field(default_factory=list)

    @property
    def found_area(self):
        return bool(self.regions)


PREFIXES = re.compile(r"^(kabupaten|kab\.?|kota|kecamatan|kec\.?|desa|kelurahan|regency of|city of)\s+", re.I)
SUFFIXES = re.compile(r"\s+(regency|city)$", re.I)


def _bare(text):
    return SUFFIXES.sub("", PREFIXES.sub("", text.strip())).strip()


def find(query="", code="", locale=None):
    """The regions matching a chosen code or a typed name, and the offices serving them."""
    answer = Answer(query=query or code)
    codes = []
    if code:
        codes = [code]
    elif query.strip():
        name = _bare(query)
        if re.fullmatch(r"\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?", name):
            codes = [name[:5]]
        else:
            codes = list(Region.objects.filter(name__iexact=name).values_list("code", flat=True))
            if not codes and len(name) >= 3:
                codes = list(Region.objects.filter(name__icontains=name).values_list("code", flat=True)[:5])
            if not codes:
                for resolve in place_resolvers:
                    answer.places += resolve(name)
                codes = list(dict.fromkeys(region for _label, region in answer.places))
    answer.regions = list(Region.objects.filter(code__in=codes))
    if not answer.regions:
        return answer
    wanted = Q()
    for region in answer.regions:
        wanted |= Q(area_codes__contains=region.code)
    offices = Office.objects.filter(wanted, live=True, national=False)
    if locale is not None:
        offices = offices.filter(locale=locale)
    for office in offices:
        served = {part.strip() for part in office.area_codes.split(",")}
        if served & {region.code for region in answer.regions}:
            answer.offices.append((office, site_of(office)))
    return answer


def every_office(locale):
    """Every office on this deployment with its site, for an answer to no question."""
    answer = Answer(query="")
    offices = Office.objects.filter(live=True, national=False, locale=locale).order_by("name")
    answer.offices = [(office, site_of(office)) for office in offices]
    return answer


def site_of(office):
    settings = SiteSettings.objects.filter(home_office__translation_key=office.translation_key).select_related("site")
    found = settings.first()
    return found.site if found else None


def site_address(request, site, path):
    """`path` on the office's site, on the scheme and port the reader used (in development
    every site is served on one port)."""
    port = request.get_port()
    default = "443" if request.is_secure() else "80"
    host = site.hostname if port == default else f"{site.hostname}:{port}"
    return f"{request.scheme}://{host}{path}"


def site_home_url(request, site, language):
    """The office site's home in the reader's language."""
    return site_address(request, site, f"/{language}/")
