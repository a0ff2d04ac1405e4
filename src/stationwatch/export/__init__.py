"""Exports, imports, reports and evidence bundles: what Stationwatch knows, in users' formats.

Every export reads through ``audience.read_model``: the web's read model and
redaction policy over the evidence store, so a file never shows an audience
more than the dashboard would.
"""
