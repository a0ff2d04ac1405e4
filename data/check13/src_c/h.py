"""Fact helpers for the part-C doc modules."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here


