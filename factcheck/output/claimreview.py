"""schema.org ClaimReview as JSON-LD: one review a finding, of the claim as it appears in the
article (its URL, else its path). The rating's scale is documented in the README: 1 disputed,
2 unverifiable, 3 supported (worstRating 1, bestRating 3), with alternateName the verdict in words.
The reviewer and the date come from options, so that the same reports give the same document."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Finding, Report
from .formats import Options, shown

RATINGS = {"disputed": 1, "unverifiable": 2, "supported": 3}
_NAMES = {"supported": "Supported", "disputed": "Disputed", "unverifiable": "Unverifiable"}


def _review(report: Report, f: Finding, options: Options) -> dict:
    appearance: dict = {"@type": "CreativeWork"}
    if report.article.url:
        appearance["url"] = report.article.url
    elif report.article.path:
        appearance["url"] = report.article.path
    if report.article.title:
        appearance["headline"] = report.article.title
    if report.article.published:
        appearance["datePublished"] = report.article.published.isoformat()
    review: dict = {
        "@type": "ClaimReview",
        "claimReviewed": f.claim,
        "itemReviewed": {"@type": "Claim", "appearance": appearance},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS[f.verdict],
            "worstRating": 1,
            "bestRating": 3,
            "alternateName": _NAMES[f.verdict],
            "ratingExplanation": f.explanation,
        },
        "identifier": f.id,
    }
    if options.author:
        review["author"] = {"@type": "Organization", "name": options.author}
        if options.author_url:
            review["author"]["url"] = options.author_url
    if options.date_published is not None:
        review["datePublished"] = options.date_published.isoformat()
    return review


def to_claimreview(reports: Sequence[Report], options: Options) -> str:
    """The JSON-LD document (formats.py): a list of ClaimReview objects in a @graph."""
    graph = [_review(r, f, options) for r in shown(reports, options) for f in r.findings]
    document = {"@context": "https://schema.org", "@graph": graph}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
