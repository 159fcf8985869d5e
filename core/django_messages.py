"""Django's own form messages that its Indonesian catalogue leaves untranslated
or words awkwardly. Listing them here puts them in our catalogue, which takes
precedence over Django's, so every form error reaches readers in their language."""

from django.utils.translation import gettext_noop

MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid time."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop("The submitted file is empty."),
    gettext_noop("No file was submitted. Check the encoding type on the form."),
    # Django says "kata kunci"; the site says "kata sandi" everywhere.
    gettext_noop("Username"),
    gettext_noop("Password"),
    gettext_noop("Old password"),
    gettext_noop("New password"),
    gettext_noop("New password confirmation"),
    gettext_noop("The two password fields didn’t match."),
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    gettext_noop("Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."),
]
