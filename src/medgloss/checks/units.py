"""Measurements left in American units (MG117): « une fièvre de 103 °F », « perdre 10 livres ».

A page machine-translated from an American site keeps its Fahrenheit degrees, pounds, ounces,
inches, feet and miles; a French reader (in France, Belgium, Switzerland or Canada: all metric,
all Celsius) needs degrees Celsius, kilograms, grams, millilitres, centimetres, metres and
kilometres.  Localisation checkers (Xbench, Verifika, translate-toolkit's number checks) look
for the same thing in a bilingual file; here the French text alone is read.

Reported:
- a number with a Fahrenheit unit: « 103 °F », « 100,4˚F », « 102 degrés Fahrenheit »,
  « 98.6 Fahrenheit »; a range of two numbers with one unit (« 100 à 102 °F »);
- a number with an American abbreviation: « lb », « lbs », « oz », « fl oz », « ft », « mi »;
- a number with the French name of an American unit where the sentence measures something:
  « livres » (pound, but also book) next to a weight word (peser, poids, perdre, prendre,
  kilos…), « pouces » and « pieds » (inch and foot, but also thumbs and feet) next to a size
  word (mesurer, de long, de diamètre, de haut…), « onces » and « gallons » always, « milles »
  (mile, but also thousand) next to a distance word (marcher, courir, parcourir…).

Silent where the metric value is given beside it (« 39 °C (102 °F) », « 39,4 °C, soit 103 °F »):
a bilingual or careful page that keeps both is right.  The American value first with its
conversion in brackets (« 103 °F (39,4 °C) ») is the American page's order carried over: it is
reported, and the fix keeps the page's own metric value alone.  The fix converts the value and writes it
the French way: decimal comma, a no-break space before the unit (« 39,4 °C », « 4,5 kg »).  It
is a proposal (``safe`` false): the right rounding depends on what is measured.

It must not judge numbers without a unit, nor metric units.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..findings.codes import CODES
from ..findings.model import Finding
from ..text.sentences import sentence_bounds
from .english import replacement_finding

NBSP = "\u00a0"


@dataclass(frozen=True, slots=True)
class _Unit:
    metric: str  # the French metric unit the value is converted to
    factor: float  # metric value = (value + offset) * factor
    offset: float = 0.0
    context: str = ""  # a pattern the sentence must match (the ambiguous unit names), else ""


_WEIGHT = r"\b(?:pes\w*|poids|perd\w*|perte|pris|prend\w*|prise|kilos?|grossi\w*|maigri\w*|surpoids)\b"
_SIZE = r"\b(?:mesur\w*|long(?:ueur)?|large|largeur|diamètre|haut(?:eur)?|taille|grand\w*|épaisseur|profond\w*)\b"
_DISTANCE = r"\b(?:march\w*|cour\w*|parcour\w*|distance|kilomètres?|vélo)\b"

_UNITS: dict[str, _Unit] = {
    "fahrenheit": _Unit("°C", 5 / 9, -32.0),
    "lb": _Unit("kg", 0.45359237),
    "oz": _Unit("g", 28.349523125),
    "fl oz": _Unit("ml", 29.5735295625),
    "ft": _Unit("m", 0.3048),
    "mi": _Unit("km", 1.609344),
    "livre": _Unit("kg", 0.45359237, context=_WEIGHT),
    "once": _Unit("g", 28.349523125),
    "once liquide": _Unit("ml", 29.5735295625),
    "pouce": _Unit("cm", 2.54, context=_SIZE),
    "pied": _Unit("m", 0.3048, context=_SIZE),
    "mille": _Unit("km", 1.609344, context=_DISTANCE),
    "gallon": _Unit("l", 3.785411784),
}

_NUMBER = r"\d+(?:[.,]\d+)?"
_DEGREE = "[°˚º]"
# Unit spellings → the key of _UNITS.  Longest first, so that « fl oz » wins over « oz ».
_SPELLINGS: list[tuple[str, str]] = [
    (rf"{_DEGREE}\s?F\b", "fahrenheit"),
    (rf"(?:{_DEGREE}\s?|degrés?\s+)?Fahrenheit\b", "fahrenheit"),
    (r"fl\.?\s?oz\b", "fl oz"),
    (r"onces?\s+liquides?\b", "once liquide"),
    (r"lbs?\b\.?", "lb"),
    (r"oz\b\.?", "oz"),
    (r"ft\b\.?", "ft"),
    (r"mi\b\.?(?!-)", "mi"),
    (r"livres?\b", "livre"),
    (r"onces?\b", "once"),
    (r"pouces?\b", "pouce"),
    (r"pieds?\b", "pied"),
    (r"milles\b", "mille"),
    (r"gallons?\b", "gallon"),
]
_UNIT = "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _key) in enumerate(_SPELLINGS))
_MEASURE = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUMBER})(?:(?P<link>\s?(?:-|–|à|et)\s?)(?P<b>{_NUMBER}))?[\s{NBSP}\u202f]?(?:{_UNIT})",
    re.IGNORECASE,
)
# A metric value of the same kind given beside the American one, within a few words.
_METRIC = {
    "°C": re.compile(rf"{_DEGREE}\s?C\b|Celsius|degrés?\b(?!\s+Fahrenheit)", re.IGNORECASE),
    "kg": re.compile(r"\d\s?(?:kg|kilos?|kilogrammes?|g|grammes?)\b", re.IGNORECASE),
    "g": re.compile(r"\d\s?(?:g|grammes?|mg|kg)\b", re.IGNORECASE),
    "ml": re.compile(r"\d\s?(?:ml|millilitres?|cl|l|litres?)\b", re.IGNORECASE),
    "l": re.compile(r"\d\s?(?:l|litres?|ml|cl)\b", re.IGNORECASE),
    "cm": re.compile(r"\d\s?(?:mm|cm|centimètres?|m|mètres?)\b", re.IGNORECASE),
    "m": re.compile(r"\d\s?(?:cm|m|mètres?)\b", re.IGNORECASE),
    "km": re.compile(r"\d\s?(?:km|kilomètres?|m|mètres?)\b", re.IGNORECASE),
}
_LIQUID = re.compile(r"\s+d(?:e\s+|[’'])(?:l[’'])?(?:eau|lait|jus|liquide|boisson|vin|bière|soda|café|thé|sirop)\b", re.IGNORECASE)
_BRACKETED = re.compile(r"[\s\u00a0\u202f]*\((?P<inner>[^()]{1,30})\)")
_BESIDE = 40  # characters on each side where a metric equivalent silences the finding


def unit_findings(text: str, path: str, taken: Sequence[tuple[int, int]] = ()) -> list[Finding]:
    """MG117 findings of ``text``: measurements left in American units, with their metric value."""
    if not any(ch.isdigit() for ch in text):
        return []
    return [f for f in _findings(text, path) if not any(s < f.offset + f.length and f.offset < e for s, e in taken)]


def _findings(text: str, path: str) -> Iterator[Finding]:
    for m in _MEASURE.finditer(text):
        key = next(_SPELLINGS[i][1] for i in range(len(_SPELLINGS)) if m.group(f"u{i}") is not None)
        start, end = m.start(), m.end()
        if key in ("oz", "once") and _LIQUID.match(text, end):
            key = "fl oz"  # « 8 onces d’eau »: fluid ounces, a volume
        unit = _UNITS[key]
        first, last = sentence_bounds(text, start, end)
        if unit.context and not re.search(unit.context, text[first:last], re.IGNORECASE):
            continue
        # Only within its sentence: the next sentence's « 38 degrés » is another measurement.
        bracket = _BRACKETED.match(text, end, last)
        if bracket is not None and _METRIC[unit.metric].search(bracket.group("inner")):
            # « 103 °F (39,4 °C) »: the American page's order, its conversion in brackets
            own = bracket.group("inner").strip()
            yield _finding(path, start, text[start:bracket.end()], own)
            continue
        beside = text[max(first, start - _BESIDE) : start] + " " + text[end : min(last, end + _BESIDE)]
        if _METRIC[unit.metric].search(beside):
            continue
        values = [_number(m.group("a"))] + ([_number(m.group("b"))] if m.group("b") else [])
        if None in values:
            continue
        converted = [_format((v + unit.offset) * unit.factor, unit.metric) for v in values if v is not None]
        link = m.group("link") or ""
        metric = f"{converted[0]}{link}{converted[1]}" if len(converted) == 2 else converted[0]
        metric += NBSP + unit.metric
        yield _finding(path, start, text[start:end], metric)



def _number(spelt: str) -> float | None:
    """The value of ``spelt``; None where a comma may be an English thousands separator (« 1,500 »)."""
    if "," in spelt and re.fullmatch(r"\d{1,3},\d{3}", spelt):
        return None
    return float(spelt.replace(",", "."))


def _format(value: float, metric: str) -> str:
    """``value`` rounded as the unit is written (°C and small values to a tenth), decimal comma."""
    digits = 1 if metric == "°C" or abs(value) < 10 else 0
    if metric == "m" and abs(value) < 10:
        digits = 2
    rounded = round(value, digits)
    spelt = f"{rounded:.{digits}f}" if digits else f"{int(round(rounded))}"
    if "." in spelt:
        spelt = spelt.rstrip("0").rstrip(".")
    return spelt.replace(".", ",")


def _finding(path: str, start: int, found: str, metric: str) -> Finding:
    return replacement_finding(path, start, found, CODES["MG117"], "", [metric], None)
