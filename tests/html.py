"""Reading pages as a reader would: parsed HTML, visible text, links."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(response):
    return " ".join(soup(response).get_text(" ").split())


def language_links(response):
    nav = soup(response).select_one("nav.languages")
    return {a["lang"]: a for a in nav.select("a")}


def alternates(response):
    return {link["hreflang"]: link["href"] for link in soup(response).select('link[rel="alternate"][hreflang]')}
