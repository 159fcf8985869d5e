"""A shared cache of public pages for anonymous readers, and of the parts pages
are made of, each kept until the content it shows changes.

One copy per URL (the language is part of every public URL; of query strings,
only the few parameters in CACHED_PARAMETERS count) in Django's cache,
which is Redis when REDIS_URL is set, so every app server shares it.

What a copy depends on is recorded while it is made, by one mechanism: every table
of public content a query reads (a fee page reads the fee tables), and every
generation a remembered part or a fragment consulted. Each model has a generation;
a public write to one of its rows starts a new one (and the page tree's, for a
page). A copy is served only while every generation it recorded is still current,
so a fee change renews the pages and API answers that read fees and leaves the
others cached. The generations are read once per request, before anything is
made, so a change committed while a page renders leaves that copy already stale.

What changes no public page starts none: a model says so with `public_content = False`,
and a row that is public only in some states (a training session once approved)
answers `shows_publicly()` itself. Anyone with a session (editors, officers) and
every form that sets a cookie bypass the page copies."""

import contextvars
import hashlib
import itertools
import pickle
import re
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.signals import page_published, page_unpublished

# Advances on every public change: what shows "the content" as a whole (the officer's
# list of modules) is kept against it. Pages depend on their models' generations instead.
GENERATION_KEY = "page-cache:generation"
# Advances on every write to our apps' rows, public or not: what signed-in people
# see of their own work (an officer's dashboard lists) is remembered against it.
PRIVATE_GENERATION_KEY = "page-cache:private-generation"
# Wagtail's apps whose rows appear on public pages. Our own apps say so themselves
# (`public_content = True` on their AppConfig), and a model of theirs whose rows
# change no public page says `public_content = False`.
LIBRARY_CONTENT_APPS = {"wagtailcore", "wagtailimages", "wagtaildocs"}
# Wagtail's rows written by the machinery that change no public page.
IGNORED_MODELS = {"wagtailcore.revision", "wagtailcore.pagelogentry", "wagtailcore.modellogentry"}


_fresh_starts = itertools.count()


def _fresh_generation():
    # A full cache evicts even keys kept without a timeout (Redis under maxmemory, the
    # file cache past its entries) while older copies stay. Starting again at 1 would
    # serve them; a generation from the clock is one no copy was ever stored under
    # (and the count, one this process never used, should the clock stand still in a test).
    return time.time_ns() // 1000 + next(_fresh_starts)


# The generations as the request being served read them, before anything was made:
# {cache key: generation}. The first read of a request reads all of them, in one round
# trip: what a page will depend on is known only once it is made, and a generation read
# after the rows could miss a change committed in between. (Some 70 keys: 0.4 ms with
# Redis, against 0.2 ms for 15; measured 2026-12-07.) A change made during the request
# drops the key it changed, so the request reads it again. Outside a request (None)
# generations are read when asked; `collecting` reads them all first.
_request_generations = contextvars.ContextVar("page_cache_generations", default=None)
# What the copies being made now depend on: {cache key: generation}, one dict per copy
# (a page, and each remembered part made while rendering it).
_collectors = contextvars.ContextVar("page_cache_collectors", default=())
MODEL_GENERATION_KEY = "page-cache:generation-of:{}"
MISSING = object()
LOADED = "loaded"  # in a request's reading: every key was read


def _read(keys):
    """{key: generation} for `keys`, from the request's reading when it has them."""
    known = _request_generations.get()
    found = {key: known[key] for key in keys if key in known} if known is not None else {}
    missing = [key for key in keys if key not in found]
    if not missing:
        return found
    if known is not None and not known.get(LOADED):
        _load(known)
        return _read(keys)  # what is not a model's generation (search synonyms) is read after
    stored = _get_generations(missing)
    if known is not None:
        known.update(stored)
    return {**found, **stored}


def _load(known, also=()):
    """Read every generation into the request's reading `known`, with the keys `also`
    (the page's own copy) in the same round trip; returns what was found of `also`."""
    keys = all_generation_keys()
    stored = cache.get_many([*also, *keys])
    known.update(_get_generations(keys, stored={key: stored[key] for key in keys if key in stored}))
    known[LOADED] = True
    return {key: stored[key] for key in also if key in stored}


def _get_generations(keys, stored=None):
    """{key: generation}; a key never written (a model never changed yet) or evicted gets
    a fresh generation, newer than every copy."""
    stored = cache.get_many(keys) if stored is None else stored
    for key in keys:
        if key not in stored:
            cache.add(key, _fresh_generation(), timeout=None)
            stored[key] = cache.get(key, _fresh_generation())
    return stored


def _record(generations):
    for collected in _collectors.get():
        for key, value in generations.items():
            collected.setdefault(key, value)


def generation(key=GENERATION_KEY):
    """The current generation of `key`. What is being made now depends on it."""
    value = _read([key])[key]
    _record({key: value})
    return value


def labels(model, instance=None):
    """What a change to a row of `model` renews besides the public generation: the
    model's own generation (and its parents' in multi-table inheritance) and, for a page
    of any type, the page tree's, unless the save changed nothing of the tree (`instance`
    says so: see note_page_change)."""
    from wagtail.models import Page

    parents = [parent for parent in model._meta.get_parent_list() if parent is not Page]
    found = {model._meta.label_lower, *(parent._meta.label_lower for parent in parents)}
    if issubclass(model, Page) and not getattr(instance, "_page_tree_unchanged", False):
        found.add("wagtailcore.page")
    return found


# Columns of a page's row that a draft or a publish changes and that no other page shows:
# a save that changes only these (and the page type's own fields) leaves the page tree as
# it was. The sitemap shows last_published_at, and depends on every page type for it.
PAGE_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "last_published_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
}


def note_page_change(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a page is saved: whether the save changes the page tree (titles, addresses,
    menus, what is live, where a page stands), which every page's menus, breadcrumbs and
    links are made of, or only the page's own content. An editor's edit to a page's text
    then renews the pages that read that page type, not every part of every page."""
    from wagtail.models import Page

    if not issubclass(sender, Page):
        return
    instance._page_tree_unchanged = False
    if raw or instance._state.adding or instance.pk is None:
        return
    tree = [field for field in Page._meta.concrete_fields if field.name not in PAGE_BOOKKEEPING]
    if update_fields is not None:
        changed = {sender._meta.get_field(name).name for name in update_fields if name != "pk"}
        instance._page_tree_unchanged = not changed & {field.name for field in tree}
        return
    stored = Page.objects.filter(pk=instance.pk).values_list(*(field.attname for field in tree)).first()
    instance._page_tree_unchanged = stored == tuple(getattr(instance, field.attname) for field in tree)


def model_generations(models):
    """The current generation of each model in `models`. What is being made now depends on them."""
    keys = [MODEL_GENERATION_KEY.format(label) for label in sorted({model._meta.label_lower for model in models})]
    found = _read(keys)
    _record(found)
    return [found[key] for key in keys]


_public_tables = {}


def all_generation_keys():
    return [GENERATION_KEY, PRIVATE_GENERATION_KEY, *sorted(set(public_tables().values()))]


def public_tables():
    """{database table: generation key} of every model whose rows may change a public page."""
    if not _public_tables:
        for model in apps.get_models(include_auto_created=True):
            if shows_publicly(model):
                _public_tables[model._meta.db_table] = MODEL_GENERATION_KEY.format(model._meta.label_lower)
    return _public_tables


TABLES_READ = re.compile(r"""\b(?:FROM|JOIN)\s+[`"]?(\w+)[`"]?""", re.IGNORECASE)


def _record_tables(execute, sql, params, many, context):
    """What a query reads, for what is being made now (connection.execute_wrapper)."""
    if _collectors.get() and sql.lstrip()[:6].upper() == "SELECT":
        tables = public_tables()
        keys = {tables[name] for name in TABLES_READ.findall(sql) if name in tables}
        if keys:
            _record(_read(sorted(keys)))
    return execute(sql, params, many, context)


@contextmanager
def collecting():
    """Record what is made inside the block depends on: {generation key: generation}.
    The generations are read before the block runs (once per request), never after a
    query of it: a change committed in between must leave what is made stale."""
    collected = {}
    reading = _request_generations.set({}) if _request_generations.get() is None else None
    known = _request_generations.get()
    if not known.get(LOADED):
        _load(known)
    token = _collectors.set((*_collectors.get(), collected))
    try:
        with connection.execute_wrapper(_record_tables):
            yield collected
    finally:
        _collectors.reset(token)
        if reading is not None:
            _request_generations.reset(reading)


def still_current(depends):
    """Whether every generation a copy recorded is still the current one."""
    return all(_read(list(depends)).get(key) == value for key, value in depends.items())


# A copy of what was remembered, in this process, in front of the shared cache: a page
# reads a dozen remembered parts, and from Redis each was a round trip (uncached pages
# took 10-14 ms with Redis against 5-7 ms with each worker's own memory; docs/benchmarks.md,
# 2026-12-07). Each copy is checked against the generations it recorded, as in the shared
# cache; what changes with time alone (a banner's end) is read again after NEAR_SECONDS.
# Kept pickled, as Django's caches keep them, so no two requests share a mutable object.
NEAR_ENTRIES = 2000
NEAR_SECONDS = 5
_near = OrderedDict()
_near_lock = threading.Lock()


def _near_get(key):
    with _near_lock:
        found = _near.get(key)
        if found is None or found[0] < time.monotonic():
            return MISSING
        _near.move_to_end(key)
    return found[1], found[2]


def _near_put(key, depends, pickled, timeout):
    entry = (time.monotonic() + min(timeout, NEAR_SECONDS), depends, pickled)
    with _near_lock:
        _near[key] = entry
        _near.move_to_end(key)
        while len(_near) > NEAR_ENTRIES:
            _near.popitem(last=False)


def remembered(name, compute, timeout=None, private=False, depends_on=None):
    """`compute()` once, for every site and language, until the content it read
    changes (what its queries read, and what it consulted: see the module's
    docstring). `depends_on` (models) adds what it shows without reading it here.
    With `private`, also once per change of any of our rows (public or not)."""
    key = f"remembered:{name}"
    if private:
        key = f"{key}:private:{generation(PRIVATE_GENERATION_KEY)}"
    near = _near_get(key)
    if near is not MISSING and still_current(near[0]):
        _record(near[0])
        return pickle.loads(near[1])
    timeout = timeout or settings.PAGE_CACHE_SECONDS or 60
    stored = cache.get(key)
    if stored is not None and still_current(stored[0]):
        depends, pickled = stored
    else:
        with collecting() as depends:
            if depends_on:
                model_generations(depends_on)
            # Pickled here: a lazy queryset in the value runs its query now, while it is recorded.
            pickled = pickle.dumps(compute(), pickle.HIGHEST_PROTOCOL)
        cache.set(key, (depends, pickled), timeout)
    _record(depends)
    _near_put(key, depends, pickled, timeout)
    return pickle.loads(pickled)


def for_site(request, name, compute, timeout=None, depends_on=None):
    """What every page of a site shows in one language (the office, the sections,
    the pages the settings name, the home page), computed once until the content
    changes (`remembered`), or the rows of `depends_on`."""
    from django.utils import translation
    from wagtail.models import Site

    site = Site.find_for_request(request)
    key = f"chrome:{site.pk if site else 0}:{translation.get_language()}:{name}"
    return remembered(key, compute, timeout, depends_on=depends_on)


def page_tree():
    """The models a part built from the page tree alone depends on."""
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    return (Page, Site, Locale, PageViewRestriction)


def private_paths():
    """The paths of the pages under a view restriction (their sections are private
    too), once per content change: most sites have none, and every page served asks."""
    restrictions = apps.get_model("wagtailcore", "PageViewRestriction").objects

    def paths():
        return tuple(restrictions.values_list("page__path", flat=True))

    return remembered("private-paths", paths, depends_on=page_tree())


def find_site_for_request(request):
    """Wagtail's Site.find_for_request (core/wagtail_overrides.py puts it in its place): Wagtail
    finds the site with one query and its home page with two more, on every page
    served; here the site, with its specific home page, is remembered per host
    until the content changes."""
    from django.core.exceptions import DisallowedHost
    from wagtail.models import Site

    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        try:
            host = request.get_host()  # only hosts in ALLOWED_HOSTS: a bounded number of keys
        except DisallowedHost:
            request._wagtail_site = Site._find_for_request(request)
        else:
            request._wagtail_site = remembered(
                f"site:{host}:{request.get_port()}", lambda: _site_with_home(request), depends_on=page_tree()
            )
    return request._wagtail_site


def _site_with_home(request):
    from wagtail.models import Site

    site = Site._find_for_request(request)
    if site is not None:
        # Wagtail's router asks the home page for its specific class (HomePage.route).
        site.root_page = site.root_page.specific
    return site


def _next_generation(key):
    known = _request_generations.get()
    if known is not None:
        known.pop(key, None)  # a change made by this request: read it again
    try:
        cache.incr(key)
    except ValueError:  # evicted: any fresh generation is newer than every copy
        cache.add(key, _fresh_generation(), timeout=None)


def invalidate(key=GENERATION_KEY, **kwargs):
    """Start a new generation of `key`: now, and again once the change is committed,
    since a page rendered meanwhile from the old rows must not outlive the change."""
    _next_generation(key)
    transaction.on_commit(lambda: _next_generation(key))


def shows_publicly(model):
    """Whether a change to `model`'s rows may change a public page."""
    declared = getattr(model, "public_content", None)
    if declared is not None:
        return declared
    meta = model._meta
    if meta.label_lower in IGNORED_MODELS:
        return False
    return meta.app_label in LIBRARY_CONTENT_APPS or getattr(meta.app_config, "public_content", False)


def invalidate_on_content_change(sender, instance=None, **kwargs):
    if getattr(sender._meta.app_config, "public_content", None) is not None:
        invalidate(PRIVATE_GENERATION_KEY)
    if not shows_publicly(sender):
        return
    # A row public only in some states (a session before and after approval) says
    # whether it was or is public; officers' drafts then leave readers' pages cached.
    row_decides = getattr(instance, "shows_publicly", None)
    if row_decides is None or row_decides():
        models = [sender, *([type(instance)] if instance is not None else [])]
        # A page taken away leaves the tree, whatever its last save changed.
        invalidate_content(*models, instance=None if kwargs.get("signal") is post_delete else instance)


def invalidate_on_relation_change(sender, action, instance=None, **kwargs):
    # Many-to-many changes (an officer's villages, a session's modules) save no row of their own.
    if action in ("post_add", "post_remove", "post_clear"):
        invalidate_on_content_change(sender, instance=instance)


def invalidate_content(*models, instance=None, **kwargs):
    """A public change to rows of `models` (a signal's sender), `instance` the row when
    one is known: the public generation, and the generation of each model, so the parts
    that depend on them are renewed."""
    invalidate()
    for label in set().union(*(labels(model, instance) for model in models)):
        invalidate(MODEL_GENERATION_KEY.format(label))


def connect():
    page_published.connect(invalidate_content, dispatch_uid="page_cache_published")
    page_unpublished.connect(invalidate_content, dispatch_uid="page_cache_unpublished")
    pre_save.connect(note_page_change, dispatch_uid="page_cache_page_change")
    post_save.connect(invalidate_on_content_change, dispatch_uid="page_cache_saved")
    post_delete.connect(invalidate_on_content_change, dispatch_uid="page_cache_deleted")
    m2m_changed.connect(invalidate_on_relation_change, dispatch_uid="page_cache_relations")


# Parameters that may choose among a bounded set of public answers (a page of a list,
# a topic). Any other parameter carries the reader's own input (a phone number in
# the channel checker, checklist answers) or is made up: such a request is never
# cached, so it can neither flood the cache nor put what a reader typed in it.
# A copy is kept only when the view read each of them (`honour`), written as it read
# it: ?page=01, ?page=abc or a ?topic= on a page without topics are answered but not kept.
CACHED_PARAMETERS = {"page", "per_page", "topic"}
# Added by sharing and campaigns; they change nothing on the page. They are taken off
# the request before any view sees it, so no link on a page (kept for every reader) repeats them.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "igshid", "mc_cid", "mc_eid"}


def honour(request, name, value):
    """A view tells the cache it answered the parameter `name`, read as `value`."""
    request._honoured_parameters = {**getattr(request, "_honoured_parameters", {}), name: str(value)}


def drop_tracking_parameters(request):
    names = [name for name in request.GET if name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)]
    if names:
        query = request.GET.copy()
        for name in names:
            del query[name]
        query._mutable = False
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()


def cache_address(request):
    """What identifies the cached copy of this request, or None when it must not be cached."""
    kept = []
    for name, values in sorted(request.GET.lists()):
        if name not in CACHED_PARAMETERS or len(values) != 1:
            return None
        kept.append(f"{name}={values[0]}")
    return f"{request.get_host()}{request.path}?{'&'.join(kept)}"


def parameters_honoured(request):
    return dict(request.GET.items()) == getattr(request, "_honoured_parameters", {})


def cacheable_request(request):
    if request.method not in ("GET", "HEAD") or settings.PAGE_CACHE_SECONDS <= 0:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    # A reader's "reload" (Cache-Control: no-cache) goes to the site itself.
    if "no-cache" in request.headers.get("Cache-Control", ""):
        return False
    return request.path_info.startswith(settings.PAGE_CACHE_PATHS)


def cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def seconds_until_content_expires():
    """Alert banners end at a set time with no save to announce it: a cached page
    must not outlive the soonest of them."""
    # By name: home.models builds on this module (its generation), not the other way round.
    AlertBanner = apps.get_model("home", "AlertBanner")
    now = timezone.now()
    soonest = (
        AlertBanner.objects.filter(live=True, active=True, expires_at__gt=now)
        .order_by("expires_at")
        .values_list("expires_at", flat=True)
        .first()
    )
    return None if soonest is None else max(1, int((soonest - now).total_seconds()))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generations.set({})
        try:
            return self.serve(request)
        finally:
            _request_generations.reset(token)

    def serve(self, request):
        drop_tracking_parameters(request)
        if not cacheable_request(request):
            return self.get_response(request)
        address = cache_address(request)
        if address is None:
            return self.get_response(request)
        # Hashed: a path can be long and hold any character, and cache keys should not.
        key = f"page-cache:{hashlib.sha256(address.encode()).hexdigest()}"
        # The copy and every generation, in one round trip, before anything is made.
        stored = _load(_request_generations.get(), also=[key]).get(key)
        if stored is not None and still_current(stored[0]):
            response = stored[1]
            response["X-Page-Cache"] = "hit"
            return response
        with collecting() as depends:
            response = self.get_response(request)
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.render()
        if cacheable_response(response) and parameters_honoured(request):
            # Browsers revalidate after a short while: an edit must reach readers quickly.
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            timeout = settings.PAGE_CACHE_SECONDS
            expires = seconds_until_content_expires()
            cache.set(key, (depends, response), timeout if expires is None else min(timeout, expires))
            response["X-Page-Cache"] = "miss"
        return response
