"""Extraction micro-benchmark: ``python -m bench.bench_extract [--quick]``.

Builds 3-4 KB English and French articles from a fixed seed (deal facts in our own wording,
padded with business filler prose), runs :func:`streams.extraction.extract` over them on one
thread, and reports articles/s per core and per-article latency next to a baseline measured on
the same texts in the same run (lower-case + split + one regex scan), so the ratio stays
meaningful on a shared, noisy machine.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import time
from collections.abc import Callable

from schemas import NewsItem
from streams.config import Settings
from streams.extraction import extract, load_knowledge_base
from streams.logs import configure_logging
from streams.news.agents import process_news
from streams.runtime.decode import RejectedMessage

SEED = 20250612
TARGET_BYTES = (3_000, 4_000)

_COMPANIES = [
    "Meta", "Scale AI", "Google", "OpenAI", "Microsoft", "Nvidia", "Amazon", "Anthropic", "Mistral AI",
    "Capgemini", "Orange", "TotalEnergies", "Sanofi", "Databricks", "Stripe", "Salesforce", "Datadog",
]  # fmt: skip
_PEOPLE = ["Jason Droege", "Claire Martin", "Paul Girard", "Nina Patel", "Omar Haddad", "Lena Vogel"]

_EN_FACTS = [
    "{a} has agreed to acquire {b} for ${n}.{d} billion, according to a statement on Monday.",
    "{a} bought a {p}% stake in {b} for ${n}.{d} billion, valuing the company at ${m} billion.",
    "{b} raised ${n}{d}0 million in a funding round led by {a}.",
    "{b}'s revenue reached about ${n}{d}0 million in 2024 and it expects to exceed ${m} billion in 2025.",
    "{a} signed a contract with {b} worth ${n}{d} million a year.",
    "{a}, the largest customer of {b}, reportedly plans to cut ties with {b}.",
    "{x} was named CEO of {b}, replacing {y}.",
    "{a} partnered with {b} to build data centres in Europe.",
    "{a} will continue to work with {b} despite the deal.",
]
_FR_FACTS = [
    "{a} a racheté {b} pour {n},{d} milliards de dollars, selon un communiqué publié lundi.",
    "{a} a acquis {p} % du capital de {b} pour {n},{d} milliards de dollars, valorisant la société à {m} milliards.",
    "{b} lève {n}{d}0 millions d'euros auprès de {a}.",
    "{b} a réalisé un chiffre d'affaires d'environ {n}{d}0 millions de dollars en 2024 et prévoit de dépasser "
    "les {m} milliards en 2025.",
    "{a} a choisi {b} pour un contrat d'environ {n}{d} millions d'euros.",
    "{a}, qui serait le plus gros client de {b}, cherche à rompre ses liens avec {b}.",
    "{x} est nommé PDG de {b} et succède à {y}.",
    "{a} noue un partenariat avec {b} pour ses centres de données.",
    "{a} continuera de travailler avec {b} malgré l'opération.",
]
_EN_FILLER = [
    "Analysts said the market for annotated data keeps growing as models get larger.",
    "The company did not comment on the terms beyond its statement.",
    "Competition for engineers remains intense across the industry, executives said.",
    "Shares in the sector were little changed in early trading on Tuesday.",
    "Regulators in Brussels and Washington are watching large technology deals closely.",
    "The agreement still needs the approval of the usual competition authorities.",
    "Several investors said they expect more consolidation in the coming months.",
    "The firm employs several thousand people across offices in Europe and North America.",
    "Customers have asked for more transparency about how training data is collected.",
    "The announcement came a week before the group's annual developer conference.",
]
_FR_FILLER = [
    "Les analystes estiment que le marché des données annotées continue de croître rapidement.",
    "L'entreprise n'a pas souhaité commenter les détails de l'opération au-delà de son communiqué.",
    "La concurrence pour recruter des ingénieurs reste vive dans tout le secteur, selon les dirigeants.",
    "Les valeurs technologiques évoluaient peu mardi en début de séance à la Bourse de Paris.",
    "Les autorités de la concurrence à Bruxelles suivent de près les grandes opérations du secteur.",
    "L'accord doit encore recevoir le feu vert des autorités compétentes dans plusieurs pays.",
    "Plusieurs investisseurs disent s'attendre à d'autres rapprochements dans les prochains mois.",
    "Le groupe emploie plusieurs milliers de personnes en Europe et en Amérique du Nord.",
    "Les clients réclament davantage de transparence sur la collecte des données d'entraînement.",
    "L'annonce intervient une semaine avant la conférence annuelle des développeurs du groupe.",
]
_BASELINE_PATTERN = re.compile(r"\d[\d.,]*\s?(?:milliards?|millions?|billion|million|%|\$|€)")


def _sentence(rng: random.Random, template: str) -> str:
    a, b = rng.sample(_COMPANIES, 2)
    x, y = rng.sample(_PEOPLE, 2)
    return template.format(
        a=a, b=b, x=x, y=y, n=rng.randint(1, 9), d=rng.randint(1, 9), m=rng.randint(10, 90), p=rng.randint(5, 49)
    )


def build_articles(count: int, seed: int = SEED) -> list[NewsItem]:
    """Return ``count`` articles of 3-4 KB, alternating English and French, identical for a given seed."""
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        french = index % 2 == 1
        facts, filler = (_FR_FACTS, _FR_FILLER) if french else (_EN_FACTS, _EN_FILLER)
        target = rng.randint(*TARGET_BYTES)
        paragraphs: list[str] = []
        size = 0
        while True:
            paragraph = " ".join([_sentence(rng, rng.choice(facts)), *rng.sample(filler, 4)])
            if size + len(paragraph.encode()) + 2 > target and paragraphs:
                break
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        while len("\n\n".join(paragraphs).encode()) < TARGET_BYTES[0]:
            paragraphs.append(rng.choice(filler))
        title = _sentence(rng, rng.choice(facts)).rstrip(".")
        articles.append(NewsItem(id=f"bench-{index}", title=title, body="\n\n".join(paragraphs), language=None))
    return articles


def _percentile_ms(ordered: list[float], pct: float) -> float:
    rank = max(math.ceil(pct / 100 * len(ordered)), 1)
    return round(ordered[rank - 1] * 1000, 3)


def _baseline(item: NewsItem) -> int:
    text = item.text
    return len(text.lower().split()) + sum(1 for _ in _BASELINE_PATTERN.finditer(text))


def _measure(articles: list[NewsItem], work: Callable[[NewsItem], object], rounds: int) -> dict[str, float]:
    latencies: list[float] = []
    cpu_start, wall_start = time.thread_time(), time.perf_counter()
    for _ in range(rounds):
        for item in articles:
            started = time.perf_counter()
            work(item)
            latencies.append(time.perf_counter() - started)
    cpu = time.thread_time() - cpu_start
    wall = time.perf_counter() - wall_start
    count = len(articles) * rounds
    latencies.sort()
    return {
        "articles": count,
        "per_core": count / cpu if cpu > 0 else count / max(wall, 1e-9),
        "wall_rate": count / max(wall, 1e-9),
        **{f"latency_p{pct}_ms": _percentile_ms(latencies, pct) for pct in (50, 95, 99, 100)},
    }


def run(quick: bool = False) -> dict[str, object]:
    """Run the benchmark and return its figures (also used by ``python -m bench``).

    Args:
        quick: fewer articles and one round (a CI smoke run of a few seconds).
    """
    count, rounds = (100, 1) if quick else (400, 3)
    articles = build_articles(count)
    load_knowledge_base()
    for item in articles[:20]:
        extract(item)  # warm-up: imports, regex caches, the knowledge base
    sizes = sorted(len(item.body.encode()) for item in articles)
    base = _measure(articles, _baseline, rounds)
    measured = _measure(articles, extract, rounds)
    events = sum(len(extract(item).events) for item in articles[:50])
    return {
        "articles": measured["articles"],
        "article_bytes_min": sizes[0],
        "article_bytes_max": sizes[-1],
        "articles_per_s_per_core": round(measured["per_core"], 1),
        "articles_per_s_wall": round(measured["wall_rate"], 1),
        "latency_p50_ms": measured["latency_p50_ms"],
        "latency_p95_ms": measured["latency_p95_ms"],
        "latency_p99_ms": measured["latency_p99_ms"],
        "latency_max_ms": measured["latency_p100_ms"],
        "baseline": "lower().split() + one regex scan",
        "baseline_articles_per_s": round(base["per_core"], 1),
        "ratio_vs_baseline": round(measured["per_core"] / base["per_core"], 4),
        "events_per_article": round(events / 50, 2),
        "target_articles_per_s_per_core": 500,
    }


def on_records(records: list[tuple[bytes, bytes]]) -> dict[str, object]:
    """Extraction alone on the exact messages the pipeline drains: what the worker computes, without Kafka.

    Each record goes through :func:`streams.news.agents.process_news` (decode, validate, extract, fan out)
    on one thread, so the end-to-end drain of the same records can be compared with like for like.
    """
    settings = Settings()
    rejected = 0

    def work(raw: bytes) -> None:
        nonlocal rejected
        try:
            process_news(raw, settings)
        except RejectedMessage:
            rejected += 1

    values = [value for _, value in records]
    for raw in values[:20]:
        work(raw)  # warm-up
    rejected = 0
    cpu_start = time.thread_time()
    for raw in values:
        work(raw)
    cpu = time.thread_time() - cpu_start
    return {
        "articles": len(values),
        "rejected": rejected,
        "cpu_s": round(cpu, 2),
        "articles_per_s_per_core": round(len(values) / cpu, 1) if cpu > 0 else None,
        "work": "process_news: decode + validate + extract + fan out, one thread, no Kafka",
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_extract", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 articles, one round.")
    args = parser.parse_args(argv)
    configure_logging("WARNING")
    print(json.dumps(run(quick=args.quick), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
