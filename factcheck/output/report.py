"""Reports: the stable JSON document of DESIGN.md, and the terminal table."""

from __future__ import annotations

import json

from ..model import Evidence, Finding, Program, Report, SourceInfo
from ..version import tool_version

SCHEMA_VERSION = 3  # 2: findings carry `about` and `checked`; 3: and `program`


def _evidence(e: Evidence) -> dict:
    return {"source": e.source_id, "location": e.location, "text": e.text, "score": round(e.score, 3)}


def source_dict(info: SourceInfo) -> dict:
    """A source's metadata as the JSON report gives it."""
    out = {
        "id": info.id,
        "title": info.title,
        "publisher": info.publisher,
        "url": info.url,
        "published": info.published.isoformat() if info.published else None,
        "kind": info.kind,
        "sha256": info.sha256,
    }
    if info.retrieved:
        out["retrieved"] = info.retrieved
    if info.recorded_sha256 and info.recorded_sha256 != info.sha256:
        out["recorded_sha256"] = info.recorded_sha256  # edited since it was stored
    return out


def _finding(f: Finding) -> dict:
    return {
        "id": f.id,
        "claim": f.claim,
        "kind": f.kind,
        "span": list(f.span) if f.span else None,
        "verdict": f.verdict,
        "confidence": round(f.confidence, 2),
        "explanation": f.explanation,
        "flags": list(f.flags),
        "evidence": [_evidence(e) for e in f.evidence],
        "candidates": [_evidence(e) for e in f.candidates],
        "about": {
            "subject": f.about.subject,
            "subject_from": f.about.subject_from,
            "measure": f.about.measure,
            "value": f.about.value,
            "place": f.about.place,
            "time": f.about.time,
            "time_from": f.about.time_from,
        },
        "checked": [{"part": p.part, "status": p.status, "detail": p.detail} for p in f.checked],
        "program": _program(f.program),
    }


def _program(p: Program | None) -> dict | None:
    """A table claim's program, in words and by its parts; None for a claim no table settled."""
    if p is None:
        return None
    return {
        "table": p.table,
        "operation": p.operation,
        "select": list(p.select),
        "column": p.column,
        "claimed": p.claimed,
        "found": p.found,
        "rows": list(p.rows),
        "words": p.words(),
    }


def report_dict(report: Report) -> dict:
    """The report as the JSON schema of DESIGN.md describes it."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version()},
        "article": {"path": report.article.path, "title": report.article.title, "sha256": report.article.sha256},
        "sources": [source_dict(s) for s in report.sources],
        "summary": {
            "total": len(report.findings),
            "supported": report.count("supported"),
            "disputed": report.count("disputed"),
            "unverifiable": report.count("unverifiable"),
        },
        "findings": [_finding(f) for f in report.findings],
    }


def to_json(reports: list[Report]) -> str:
    """One report as a JSON object, several as a JSON array; stable, byte for byte."""
    data = report_dict(reports[0]) if len(reports) == 1 else [report_dict(r) for r in reports]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def summary_line(reports: list[Report]) -> str:
    """'19 claims: 15 supported, 1 disputed, 3 unverifiable' (and failures, when any)."""
    findings = [f for r in reports for f in r.findings]
    counts = {v: sum(f.verdict == v for f in findings) for v in ("supported", "disputed", "unverifiable")}
    line = f"{len(findings)} claims: " + ", ".join(f"{n} {v}" for v, n in counts.items())
    failed = sum(f.failed_expectation for f in findings)
    if failed:
        line += f"; {failed} not as expected"
    return line
