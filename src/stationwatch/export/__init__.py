"""Exports, imports, reports and evidence bundles: what Stationwatch knows, in users' formats.

Every export reads through ``stationwatch.views.audience.read_model``: the read
model and redaction policy the dashboard uses too, so a file never shows an
audience more than the dashboard would. This package holds formats only.
"""
