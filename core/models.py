"""core has no models. This module exists so that Django sends core its
`post_migrate` signal (it sends it only to apps with a models module), which
creates the site's locales (core/locales.py) and the office roles (core/roles.py)."""
