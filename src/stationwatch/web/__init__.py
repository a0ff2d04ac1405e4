"""HTTP only: the FastAPI app, routes, pages, templates, sessions and CSRF.

What a page or an API response shows comes from ``stationwatch.views``.
"""
