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


def form_data(response):
    """What a browser would send from the page's main form (the POST form with
    the most fields) as it stands: every named field's current value (checked
    boxes only, selected options)."""
    forms = soup(response).select('form[method="post" i]')
    form = max(forms, key=lambda form: len(form.select("[name]")))
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            selected = field.select("option[selected]")
            values = [option.get("value", option.get_text()) for option in selected]
            if field.has_attr("multiple"):
                data[name] = values
            elif values:
                data[name] = values[0]
            elif field.select_one("option"):
                data[name] = field.select_one("option").get("value", "")
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data
