"""Pages that answer a reader's own question: the checklist and the channel checker."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import ratelimit
from core.seo import page_address
from home.models import BasePage, Office, site_office

from .. import checker
from . import checklist
from .fees import ChecklistUse, Fee
from .scams import ScamWarningPage, pattern_for_unlisted


class ChecklistPage(BasePage):
    search_type = "requirements"
    fills_site_setting = "checklist_page"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("checklist page")

    def get_template(self, request, *args, **kwargs):
        if request.GET.get("print") and request.GET.get("need"):
            return "education/checklist_print.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        office = site_office(request)
        offers_delivery = self.remembered(
            request, "offers-delivery", lambda: bool(Fee.for_checklist([ChecklistUse.DELIVERY], office=office))
        )
        form = checklist.ChecklistForm(
            request.GET if "need" in request.GET else None, office=office, offers_delivery=offers_delivery
        )
        context["form"] = form
        if form.is_bound and form.is_valid():
            context["checklist"] = checklist.build(
                form.cleaned_data, self.locale, office=office, site_path=self.home_path
            )
            context["checklist_office"] = office
            context["saturdays"] = office.next_saturday_services(count=3) if office else []
            # The answers without the print switch: to go back from the print view, to share, to print.
            answers = request.GET.copy()
            answers.pop("print", None)
            context["answers_query"] = answers.urlencode()
            context["share_url"] = f"{page_address(request, self)}?{context['answers_query']}"
        return context


class ChannelCheckerForm(forms.Form):
    q = forms.CharField(
        label=_("Phone or WhatsApp number, link, or account name"),
        max_length=200,
        help_text=_("For example 0812-3456-7890, a web address, or @account."),
    )


class ChannelCheckerPage(BasePage):
    search_type = "scams"
    fills_site_setting = "channel_checker_page"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("channel checker page")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", {}).get("rate_limited"):
            response.status_code = 429
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ChannelCheckerForm(request.GET if "q" in request.GET else None)
        context["form"] = form
        limit, seconds = settings.CHECKER_RATE_LIMIT
        if form.is_bound and not ratelimit.allow(request, "channel-checker", limit, seconds):
            form.is_valid()
            form.add_error(
                None, _("You have checked many numbers in a short time. Please wait a minute and try again.")
            )
            context["rate_limited"] = True
        elif form.is_bound and form.is_valid():
            result = checker.check(form.cleaned_data["q"], self.locale)
            context["result"] = result
            if not result.official:
                context["scam_warning"] = (
                    # The warning on this office's site (its copy of the national one).
                    ScamWarningPage.objects.live()
                    .filter(
                        locale=self.locale,
                        pattern=pattern_for_unlisted(result.kind),
                        path__startswith=self.home_path,
                    )
                    .first()
                )
        offices = Office.for_site(site_office(request), self.locale).prefetch_related("channels")
        context["offices"] = [(office, office.public_channels()) for office in offices if office.public_channels()]
        return context
