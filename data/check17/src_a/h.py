"""Fact helpers for the part-A doc modules (check17)."""

from gold_tools import S, C, R, I, A, D, wrap_cjk, wrap_en  # noqa: F401 - the doc modules import them from here
