"""Fact helpers for the check14 part-B doc modules (adapted from check13 src_b)."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here


