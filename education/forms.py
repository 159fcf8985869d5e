"""Admin forms for the public facts: amounts an editor cannot mistype."""

import re
from functools import cached_property

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home.office_teams import office_keys

# "650000", "650.000", "650,000", "Rp 650.000", "Rp650.000,-", "IDR 650,000": one amount.
CURRENCY = re.compile(r"^(rp\.?|idr)\s*", re.IGNORECASE)
GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")
# Below this, or changed by more than half, an amount is more likely a typing error than a tariff.
SMALLEST_LIKELY = 10_000
LARGEST_LIKELY_CHANGE = 0.5


def parse_rupiah(text):
    """Whole rupiah from the ways Indonesians write an amount; ValueError otherwise.
    Dots and commas are read as thousands separators only where they group
    three digits: "650.5" or "650,50" has a decimal part, and rupiah have none."""
    value = CURRENCY.sub("", text.strip()).removesuffix(",-").removesuffix(".-").replace(" ", "")
    if value.isdigit():
        return int(value)
    if GROUPED.match(value) and len(set(re.findall(r"[.,]", value))) == 1:
        return int(re.sub(r"[.,]", "", value))
    raise ValueError(text)


def as_readers_see_it(amount):
    """The amount as the fee page shows it, in Indonesian and in English."""
    from home.templatetags.site_tags import rupiah

    shown = []
    for code in ("id", "en"):
        with translation.override(code):
            shown.append(rupiah(amount))
    return " / ".join(shown)


class RupiahField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            return parse_rupiah(value)
        except ValueError:
            raise forms.ValidationError(
                _(
                    "Write the amount in whole rupiah, for example 650000, 650.000 or Rp 650.000. "
                    "Rupiah have no decimal part, and letters other than Rp or IDR cannot be read."
                )
            ) from None


class FeeRateForm(WagtailAdminModelForm):
    amount = RupiahField(
        label=_("Amount"),
        widget=forms.TextInput(attrs={"maxlength": 30, "inputmode": "decimal"}),
        help_text=_("In rupiah, as you would write it: 650000, 650.000 or Rp 650.000."),
    )
    amount_confirmed = forms.BooleanField(
        label=_("Yes, this amount is correct"),
        required=False,
        help_text=_(
            "Needed for an amount under Rp10.000 (other than 0) or one that differs from the current rate by "
            "more than half."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An office team chooses among its own office's fees only (home/office_teams.py).
        keys = office_keys(self.for_user) if self.for_user is not None else None
        if keys is not None and "fee" in self.fields:
            field = self.fields["fee"]
            # A plain list of the team's fees: the snippet chooser would list every office's.
            field.widget = forms.Select()
            field.queryset = field.queryset.filter(office__translation_key__in=keys)
        # What readers see is the published amount; the form may hold a draft's.
        live = self.live_amount
        if live is not None:
            help_text = _("Readers now see: %(shown)s.") % {"shown": as_readers_see_it(live)}
            # A draft in review (what the reviewer opens) holds another amount: both, side by side.
            draft = self.initial.get("amount")
            if draft is not None and draft != live:
                help_text += " " + _("After publishing, readers will see: %(shown)s.") % {
                    "shown": as_readers_see_it(draft)
                }
            self.fields["amount"].help_text = help_text

    @cached_property
    def live_amount(self):
        """The amount of this rate as published (its row; a draft lives in a revision)."""
        if not self.instance.pk:
            return None
        row = type(self.instance).objects.filter(pk=self.instance.pk, live=True).values_list("amount", flat=True)
        return row.first()

    def clean(self):
        data = super().clean()
        amount, fee = data.get("amount"), data.get("fee")
        if amount is None or data.get("amount_confirmed"):
            return data
        # Compared with what readers see today: the rate in force (its published row,
        # also when this form edits that very rate), or else this rate as published.
        current = fee.rate_on() if fee is not None else None
        shown = current.amount if current is not None else self.live_amount
        reasons = []
        if 0 < amount < SMALLEST_LIKELY:
            reasons.append(_("it is under Rp10.000"))
        if shown and abs(amount - shown) / shown > LARGEST_LIKELY_CHANGE:
            reasons.append(
                _("it differs by more than half from the current rate, %(current)s")
                % {"current": as_readers_see_it(shown)}
            )
        if reasons:
            self.add_error(
                "amount_confirmed",
                _("Readers will see %(shown)s, and %(reasons)s. If that is right, tick the box and save again.")
                % {"shown": as_readers_see_it(amount), "reasons": _(" and ").join(str(reason) for reason in reasons)},
            )
        return data
