"""Amounts written the way the business press writes them, in English and in French.

The generator draws amounts in whole units of a currency; these helpers turn them into the
phrases an article would use ("$14.3 billion", "14,3 milliards de dollars").
"""

from __future__ import annotations

import math
import random

_EN_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£"}
_FR_UNIT = {"USD": "de dollars", "EUR": "d'euros", "GBP": "de livres sterling"}
_BILLION = 1_000_000_000
_MILLION = 1_000_000
_FRENCH_PLURAL_FROM = 2  # "1,9 milliard" but "2 milliards"


def draw_amount(rng: random.Random, low: float, high: float) -> float:
    """Return an amount between ``low`` and ``high``, log-uniform, rounded as the press rounds it.

    Billions keep one decimal (14.3 billion), millions a whole number of millions above 100 M and
    one decimal below, so every drawn amount has a short, exact written form.
    """
    value = 10 ** rng.uniform(math.log10(low), math.log10(high))
    if value >= _BILLION:
        return round(value / _BILLION, 1) * _BILLION
    if value >= 100 * _MILLION:
        return round(value / (10 * _MILLION)) * 10 * _MILLION
    return max(round(value / _MILLION, 1), 0.1) * _MILLION


def _trim(number: float) -> str:
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text


def money_en(value: float, currency: str) -> str:
    """Write ``value`` in English press style: ``$14.3 billion``, ``€870 million``."""
    symbol = _EN_SYMBOL[currency]
    if value >= _BILLION:
        return f"{symbol}{_trim(value / _BILLION)} billion"
    return f"{symbol}{_trim(value / _MILLION)} million"


def money_fr(value: float, currency: str) -> str:
    """Write ``value`` in French press style: ``14,3 milliards de dollars``, ``1,2 milliard d'euros``."""
    unit = _FR_UNIT[currency]
    if value >= _BILLION:
        number = value / _BILLION
        word = "milliard" if number < _FRENCH_PLURAL_FROM else "milliards"
    else:
        number = value / _MILLION
        word = "million" if number < _FRENCH_PLURAL_FROM else "millions"
    return f"{_trim(number).replace('.', ',')} {word} {unit}"


def percent_en(pct: float) -> str:
    """Write a percentage the English way: ``49%``."""
    return f"{_trim(pct)}%"


def percent_fr(pct: float) -> str:
    """Write a percentage the French way: ``49 %`` with a decimal comma."""
    return f"{_trim(pct).replace('.', ',')} %"
