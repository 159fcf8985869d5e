"""National pages written once and shown on every office's site (home/national.py)."""

import pytest
from django.test import Client
from wagtail.models import Site

from faq.models import FaqPage, FaqQuestionPage
from home.models import SiteSettings
from tests import demo_site, world
from tests.html import soup, text

pytestmark = pytest.mark.django_db


def test_a_new_national_page_appears_on_every_office_site_once_published():
    faq = demo_site.national(FaqPage).get()
    question = FaqQuestionPage(title="Apakah paspor bisa dipakai sebagai identitas?", slug="paspor-sebagai-identitas")
    question.topic = demo_site.national(FaqQuestionPage).first().topic
    question.answer = "<p>Ya, paspor yang masih berlaku adalah dokumen identitas.</p>"
    faq.add_child(instance=question)
    question.save_revision().publish()

    copies = FaqQuestionPage.objects.filter(alias_of=question)
    sites = {copy.get_site().pk for copy in copies}
    assert demo_site.site().pk in sites and Site.objects.get(hostname=world.HOST).pk in sites
    page = Client().get(demo_site.path(copies.get(path__startswith=demo_site.home().path)))
    assert "paspor yang masih berlaku adalah dokumen identitas" in text(page)
    # The office's FAQ page, named in its settings, lists it.
    faq_here = SiteSettings.for_site(demo_site.site()).faq_page
    assert "Apakah paspor bisa dipakai sebagai identitas?" in text(Client().get(demo_site.path(faq_here)))


def test_a_link_to_a_national_page_leads_to_its_copy_on_the_site_being_served(client):
    question = demo_site.pages(FaqQuestionPage).exclude(related_pages=[]).first()
    links = [a["href"] for a in soup(client.get(demo_site.path(question))).select("article ul a")]
    assert links and all(link.startswith("/id/") for link in links)
    assert all(client.get(link).status_code == 200 for link in links)
