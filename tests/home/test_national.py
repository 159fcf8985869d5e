"""National pages written once and shown on every office's site (home/national.py)."""

import pytest
from wagtail.models import Page, Site

from faq.models import FaqPage, FaqQuestionPage
from tests import world
from tests.html import soup, text

pytestmark = pytest.mark.django_db


def national_faq():
    """A national library with an FAQ section of its own, built here."""
    from home.models import NationalLibraryPage

    library = Page.get_first_root_node().add_child(instance=NationalLibraryPage(title="Nasional", slug="pustaka-uji"))
    library.save_revision().publish()
    faq = library.add_child(instance=FaqPage(title="Tanya jawab nasional", slug="tanya-jawab-nasional", intro="Uji."))
    faq.save_revision().publish()
    return faq


def national_question(faq, title, slug, answer, related=()):
    question = FaqQuestionPage(title=title, slug=slug, topic="requirements", answer=answer)
    question.related_pages = [("page", page) for page in related]
    faq.add_child(instance=question)
    question.save_revision().publish()
    return question


def world_site():
    return Site.objects.get(hostname=world.HOST)


def test_a_new_national_page_appears_on_every_office_site_once_published(site_client):
    faq = national_faq()
    question = national_question(
        faq,
        "Apakah paspor bisa dipakai sebagai identitas?",
        "identitas-uji",
        "<p>Ya, paspor yang masih berlaku adalah dokumen identitas.</p>",
    )
    copies = FaqQuestionPage.objects.filter(alias_of=question)
    assert world_site().pk in {copy.get_site().pk for copy in copies}
    here = copies.get(path__startswith=world_site().root_page.path)
    assert "paspor yang masih berlaku adalah dokumen identitas" in text(
        site_client.get(here.get_url(current_site=world_site()))
    )
    # The copy of the national FAQ section lists it.
    section = FaqPage.objects.get(alias_of=faq, path__startswith=world_site().root_page.path)
    assert "Apakah paspor bisa dipakai sebagai identitas?" in text(
        site_client.get(section.get_url(current_site=world_site()))
    )


def test_a_link_to_a_national_page_leads_to_its_copy_on_the_site_being_served(site_client):
    faq = national_faq()
    target = national_question(faq, "Berapa biaya paspor?", "biaya-uji", "<p>Lihat tabel tarif.</p>")
    question = national_question(faq, "Paspor hilang?", "hilang-uji", "<p>Lapor polisi.</p>", related=[target])
    here = FaqQuestionPage.objects.get(alias_of=question, path__startswith=world_site().root_page.path)
    links = [a["href"] for a in soup(site_client.get(here.get_url(current_site=world_site()))).select("article ul a")]
    assert links == [world.path("faq").replace(world.slug("faq", "id"), "tanya-jawab-nasional") + "biaya-uji/"]
    assert all(site_client.get(link).status_code == 200 for link in links)
