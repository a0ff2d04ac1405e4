"""Fact helpers for the part-A doc modules (check25): gold_tools' fact helpers and hard-wrappers."""

from gold_tools import S, C, R, I, A, D, soft, unwrap, wrap_cjk, wrap_en, wrap_hy  # noqa: F401 - the doc modules import them from here
