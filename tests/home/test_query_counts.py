"""A ceiling on the queries each type of public page makes when it is not served
from the page cache (right after an edit, every reader is on this path). The site, the page and the
site chrome (office, sections, settings pages, banner), and the parts of the
commonest pages (a requirement's documents, fees and warnings; the fee table;
upcoming events) are computed once per content change (home/page_cache.py), so
most pages make no query at all. Lower a ceiling when
a page gets cheaper; a test that fails here means a page got dearer. Issue 19 asks
at most 12 of every public page; search, which reads the index, is the exception."""

import pytest

pytestmark = pytest.mark.django_db

CEILINGS = [
    ("/id/", 0),
    ("/en/", 1),
    ("/id/syarat-paspor/", 2),
    ("/id/syarat-paspor/paspor-hilang/", 0),
    ("/en/passport-fees/", 1),
    ("/id/layanan-dan-jadwal/", 6),
    ("/id/waspada-penipuan/", 2),
    ("/id/waspada-penipuan/whatsapp-palsu/", 0),
    ("/id/tanya-jawab/", 5),
    ("/id/tanya-jawab/biaya-paspor-hilang/", 2),
    ("/id/modul-edukasi/", 2),
    ("/id/modul-edukasi/paspor-dan-persyaratannya/", 2),
    ("/id/desa-binaan/", 2),
    ("/id/desa-binaan/desa-citeko/", 5),
    ("/id/kontak/", 3),
    ("/id/jika-tertipu/", 0),
    ("/id/cek-persyaratan/", 0),
    ("/id/cek-kanal-resmi/", 3),
    ("/id/cari/?q=paspor+hilang", 15),
]


def test_no_public_page_needs_more_than_twelve_queries():
    assert all(ceiling <= 12 for path, ceiling in CEILINGS if "/cari/" not in path)


@pytest.mark.parametrize("path, ceiling", CEILINGS)
def test_an_uncached_public_page_stays_under_its_query_ceiling(client, django_assert_max_num_queries, path, ceiling):
    # The first reader after a change computes the site chrome; the next ones reuse it.
    assert client.get(path, HTTP_CACHE_CONTROL="no-cache").status_code == 200
    with django_assert_max_num_queries(ceiling):
        response = client.get(path, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
