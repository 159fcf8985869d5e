"""The versions of the libraries whose internals we override, checked at start-up.

Each override of a library's private behaviour lives in one module of ours that
calls `require()` for the range it was written and tested against (and has a test
that fails if the library changes what is overridden). An upgrade outside that
range stops the site at start-up with the module to re-check, instead of silently
running an override against code it was not written for."""

from importlib.metadata import version

from django.core.exceptions import ImproperlyConfigured
from packaging.specifiers import SpecifierSet


def require(distribution, specifier, overridden_in):
    installed = version(distribution)
    if installed not in SpecifierSet(specifier):
        raise ImproperlyConfigured(
            f"{overridden_in} overrides internals of {distribution} {specifier}, but {installed} is installed: "
            f"check the override against the new version (and its test), then widen the range."
        )
