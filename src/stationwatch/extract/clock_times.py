"""Numbers that are a time of day or a recording's time stamp, never a figure of anything.

A transcript stamps each turn ("[01:05] REDAKTOR: …", "(00:36:12)"), a live blog each entry
("14:05"), a byline its hour ("08:15"). Their digits are read as numbers, so a sentence about
one site under the stamp "[01:05]" would seem to speak of five. Hours, minutes and seconds
joined by colons are set aside wherever a figure would count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stationwatch.extract.context import Sentence
    from stationwatch.extract.numbers import NumberMatch

#: A colon and two digits after the number: it is hours (or minutes) of a time.
_FOLLOWED = re.compile(r"[:：][0-5]\d(?!\d)")
#: One or two digits and a colon before the number: it is minutes or seconds of a time.
_PRECEDED = re.compile(r"(?<!\d)\d{1,2}[:：]$")
#: The largest number that may be hours of a stamp (a recording may run past a day's hours).
MAX_HOURS = 99


def is_clock_time(sentence: Sentence, number: NumberMatch) -> bool:
    """Any part of "14:05", "[01:05]", "00:36:12" written in digits."""
    if number.form != "digits" or not number.raw.isdigit() or len(number.raw) > 2:
        return False
    text = sentence.text
    if number.value <= MAX_HOURS and _FOLLOWED.match(text, number.end):
        return True
    return number.value <= 59 and _PRECEDED.search(text, max(0, number.start - 3),
                                                    number.start) is not None
