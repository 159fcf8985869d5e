"""Fill the site with generated question pages, for measuring search at scale.

Never for a real site: the pages are nonsense sentences made from the demo's
own words, so that the index holds realistic vocabulary and term frequencies."""

import random

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page

from faq.models import FaqPage, FaqQuestionPage, Topic


class Command(BaseCommand):
    help = "Add COUNT generated FAQ question pages (half Indonesian, half English) and rebuild the search index."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--start", type=int, default=0, help="Number of the first page, to add to pages generated before."
        )
        parser.add_argument("--force", action="store_true", help="Allow with DJANGO_DEBUG off.")

    def handle(self, *args, count, seed, start, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to generate pages with DJANGO_DEBUG off; pass --force if you mean it.")
        rng = random.Random(seed + start)
        topics = [value for value, _label in Topic.choices]
        for language in ("id", "en"):
            locale = Locale.objects.get(language_code=language)
            parent = FaqPage.objects.filter(locale=locale).first()
            if parent is None:
                raise CommandError("Load the demo first: the generated pages live under the FAQ page.")
            words = self.vocabulary(locale)
            numbers = range(start // 2, (start + count) // 2)
            for first in range(numbers.start, numbers.stop, 500):
                # One transaction per 500 pages: on SQLite a commit per page costs more than the page.
                with transaction.atomic():
                    for number in range(first, min(first + 500, numbers.stop)):
                        self.add_page(parent, rng, words, topics, language, number)
        # The search app's update_index: the index, then its upkeep (search/fts.py).
        call_command("update_index", verbosity=0)
        self.stdout.write(f"Generated {count} pages and rebuilt the search index.")

    def add_page(self, parent, rng, words, topics, language, number):
        title = " ".join(rng.choices(words, k=rng.randint(4, 9))).capitalize() + "?"
        paragraphs = "".join("<p>" + " ".join(rng.choices(words, k=rng.randint(20, 60))) + ".</p>" for _p in range(3))
        page = FaqQuestionPage(
            title=title, slug=f"generated-{language}-{number}", topic=rng.choice(topics), answer=paragraphs
        )
        # No revision: publishing thousands of revisions would measure the generator, not the search.
        parent.add_child(instance=page)

    def vocabulary(self, locale):
        pages = Page.objects.live().filter(locale=locale, depth__gt=1).exclude(slug__startswith="generated-")
        text = " ".join(page.specific.search_text() for page in pages)
        return [word for word in text.split() if word.isalpha() and len(word) > 2]
