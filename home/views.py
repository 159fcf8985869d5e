from django import forms
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from core import text
from core.locales import active_locale

from . import finder
from .models import Region, SiteSettings


class TypedText(forms.CharField):
    """A place name as typed: control characters read as spaces (core.text.typed), where
    Django's field refused a NUL with an error no reader could act on."""

    def to_python(self, value):
        return super().to_python(text.typed(value) if value else value)


class FinderForm(forms.Form):
    area = forms.ChoiceField(label=_("Your regency or city"), required=False)
    q = TypedText(
        label=_("Or type the name of your village, kecamatan, regency or city"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        by_province = {}
        for region in Region.objects.all():
            by_province.setdefault(region.province, []).append((region.code, region.display_name))
        self.fields["area"].choices = [("", _("Choose…")), *by_province.items()]


@require_GET
def office_finder(request):
    """'Which office serves me?' on every office's site."""
    form = FinderForm(request.GET if request.GET else None)
    context = {"form": form, "here": SiteSettings.for_request(request).home_office}
    if form.is_bound and form.is_valid() and (form.cleaned_data["area"] or form.cleaned_data["q"].strip()):
        answer = finder.find(form.cleaned_data["q"], form.cleaned_data["area"], active_locale())
        language = translation.get_language()
        context["answer"] = answer
        context["results"] = [
            {
                "office": office,
                "url": finder.site_home_url(request, site, language) if site else None,
                "is_here": context["here"] is not None and office.translation_key == context["here"].translation_key,
            }
            for office, site in answer.offices
        ]
    return render(request, "home/office_finder.html", context)
