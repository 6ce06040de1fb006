#!/usr/bin/env python3
"""Writes N synthetic but realistic journal-article items as CSL-JSON (deterministic)."""
import json
import random
import sys

FAMILIES = ["Smith", "Kim", "Garcia", "Müller", "Nguyen", "Rossi", "Johansson", "O'Brien", "van der Berg",
            "Dubois", "Kowalski", "Tanaka", "Silva", "Novak", "Ahmed", "Cohen", "Ivanova", "Papadopoulos",
            "Schmidt", "Dorman", "Klein", "Foye", "Stitik", "Greenwald", "Campagnolo", "Liu", "Tipton"]
GIVEN = ["John", "Mary", "Seo-Rin", "Ana María", "Thomas P.", "Hiro", "Lars", "Aoife", "Pieter", "Claire",
         "Jan", "Yuki", "João", "Petra", "Fatima", "David", "Olga", "Nikos", "Christian C.", "Robert G."]
WORDS = ["effect", "growth", "factors", "proliferation", "fibroblasts", "ligaments", "randomized", "trial",
         "prolotherapy", "osteoarthritis", "pain", "injection", "dextrose", "placebo", "controlled", "study",
         "outcomes", "knee", "lumbar", "spine", "review", "systematic", "analysis", "patients", "chronic"]
JOURNALS = [("Journal of Orthopaedic Research", "J Orthop Res"), ("American Journal of Physical Medicine & Rehabilitation", "Am J Phys Med Rehabil"),
            ("Connective Tissue Research", "Connect Tissue Res"), ("Annals of Family Medicine", "Ann Fam Med"),
            ("The Lancet", "Lancet"), ("BMJ", "BMJ"), ("Pain Physician", "Pain Physician")]


def item(i, rng):
    n = rng.choice([1, 2, 3, 4, 6, 8])
    authors = []
    for _ in range(n):
        fam = rng.choice(FAMILIES)
        a = {"family": fam, "given": rng.choice(GIVEN)}
        if fam == "van der Berg":
            a = {"family": "Berg", "non-dropping-particle": "van der", "given": rng.choice(GIVEN)}
        authors.append(a)
    words = rng.sample(WORDS, rng.randint(5, 12))
    title = " ".join(words).capitalize()
    journal, short = rng.choice(JOURNALS)
    first = rng.randint(1, 2000)
    return {
        "id": f"item{i}",
        "type": "article-journal",
        "author": authors,
        "title": title,
        "container-title": journal,
        "container-title-short": short,
        "volume": str(rng.randint(1, 120)),
        "issue": str(rng.randint(1, 12)),
        "page": f"{first}-{first + rng.randint(2, 30)}",
        "issued": {"date-parts": [[rng.randint(1960, 2025), rng.randint(1, 12)]]},
        "DOI": f"10.{rng.randint(1000, 9999)}/bench.{i}",
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = random.Random(42)
    json.dump([item(i, rng) for i in range(n)], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
