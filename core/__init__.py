"""Web plumbing every app stands on, knowing none of them: the page cache, middleware,
rate limits, security headers and the reader's address, the staff's second factor,
locales, what search engines read, text analysis, safe uploads and exports, office
roles, and the one place Wagtail's own methods are replaced. Imports no app of ours."""
