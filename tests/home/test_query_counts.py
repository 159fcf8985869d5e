"""A ceiling on the queries each type of public page makes when it is not served
from the page cache (right after an edit, every reader is on this path). The site
chrome (office, sections, settings pages, banner) is computed once per content
change and language, so a page pays only for its own content. Lower a ceiling when
a page gets cheaper; a test that fails here means a page got dearer. Issue 19 asks
at most 12 of every public page; search, which reads the index, is the exception."""

import pytest

pytestmark = pytest.mark.django_db

CEILINGS = [
    ("/id/", 5),
    ("/en/", 9),
    ("/id/syarat-paspor/", 6),
    ("/id/syarat-paspor/paspor-hilang/", 10),
    ("/en/passport-fees/", 8),
    ("/id/layanan-dan-jadwal/", 11),
    ("/id/waspada-penipuan/", 6),
    ("/id/waspada-penipuan/whatsapp-palsu/", 5),
    ("/id/tanya-jawab/", 9),
    ("/id/tanya-jawab/biaya-paspor-hilang/", 8),
    ("/id/modul-edukasi/", 6),
    ("/id/modul-edukasi/paspor-dan-persyaratannya/", 7),
    ("/id/desa-binaan/", 6),
    ("/id/desa-binaan/desa-citeko/", 10),
    ("/id/kontak/", 7),
    ("/id/jika-tertipu/", 4),
    ("/id/cek-persyaratan/", 4),
    ("/id/cek-kanal-resmi/", 7),
    ("/id/cari/?q=paspor+hilang", 22),
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
