from django import forms
from django.utils.translation import gettext_lazy as _

from core.text import without_personal_numbers


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this answer helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no."), "invalid_choice": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What was missing or unclear? (optional)"),
        help_text=_("Do not write your name, phone number or NIK: we cannot reply here."),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_comment(self):
        # Readers type their NIK or number despite the help text: it is never stored.
        return without_personal_numbers(self.cleaned_data["comment"])
