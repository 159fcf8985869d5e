"""The ground floor of the product: pages, offices and their official channels, site
settings, the alert banner, navigation, office teams and the content-review report."""
