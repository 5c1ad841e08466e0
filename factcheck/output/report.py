"""Reports as data: the JSON document (report.schema.json), JSON Lines, and the summary line."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Evidence, FailOn, Finding, Program, Report, SourceInfo
from ..version import tool_version
from .formats import Options, shown

# 2: findings carry `about` and `checked`; 3: and `program`; 4: one shape for any input (an object
# whose `reports` are a list), each finding with its file, line, expect, passed and note, and a
# missing value always null (report.schema.json describes it).
SCHEMA_VERSION = 4


def _none(value: str) -> str | None:
    """A missing text as the JSON report writes every missing value: null."""
    return value or None


def _evidence(e: Evidence) -> dict:
    return {"source": e.source_id, "location": e.location, "text": e.text, "score": round(e.score, 3)}


def source_dict(info: SourceInfo) -> dict:
    """A source's metadata as the JSON report gives it (every key, null when missing)."""
    return {
        "id": info.id,
        "title": _none(info.title),
        "publisher": _none(info.publisher),
        "url": _none(info.url),
        "published": info.published.isoformat() if info.published else None,
        "kind": _none(info.kind),
        "retrieved": _none(info.retrieved),
        "sha256": _none(info.sha256),
        # Recorded when the source was stored, where it differs from the text now (edited since).
        "recorded_sha256": info.recorded_sha256
        if info.recorded_sha256 and info.recorded_sha256 != info.sha256
        else None,
    }


def finding_dict(f: Finding, file: str = "", fail_on: FailOn = FailOn.disputed) -> dict:
    """A finding as the JSON report gives it, with where it stands and whether it passed."""
    return {
        "id": f.id,
        "claim": f.claim,
        "kind": f.kind,
        "file": _none(file),
        "line": f.line,
        "span": list(f.span) if f.span else None,
        "expect": f.expect,
        "passed": not f.failed(fail_on),
        "note": _none(f.note),
        "verdict": f.verdict,
        "confidence": round(f.confidence, 2),
        "explanation": f.explanation,
        "flags": list(f.flags),
        "evidence": [_evidence(e) for e in f.evidence],
        "candidates": [_evidence(e) for e in f.candidates],
        "about": {
            "subject": _none(f.about.subject),
            "subject_from": _none(f.about.subject_from),
            "measure": _none(f.about.measure),
            "value": _none(f.about.value),
            "place": _none(f.about.place),
            "time": _none(f.about.time),
            "time_from": _none(f.about.time_from),
        },
        "checked": [{"part": p.part, "status": p.status, "detail": _none(p.detail)} for p in f.checked],
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
        "column": _none(p.column),
        "claimed": p.claimed,
        "found": p.found,
        "rows": list(p.rows),
        "words": p.words(),
    }


def _counts(findings: Sequence[Finding], fail_on: FailOn) -> dict:
    return {
        "total": len(findings),
        "supported": sum(f.verdict == "supported" for f in findings),
        "disputed": sum(f.verdict == "disputed" for f in findings),
        "unverifiable": sum(f.verdict == "unverifiable" for f in findings),
        "failed": sum(f.failed(fail_on) for f in findings),
    }


def report_dict(report: Report, fail_on: FailOn = FailOn.disputed) -> dict:
    """One report (a claims file's, or an article's) as the JSON document gives it."""
    article = report.article
    return {
        "file": _none(report.file),
        "corpus": _none(report.corpus),
        "article": {
            "path": _none(article.path),
            "title": _none(article.title),
            "url": _none(article.url),
            "published": article.published.isoformat() if article.published else None,
            "sha256": _none(article.sha256),
        },
        "sources": [source_dict(s) for s in report.sources],
        "summary": _counts(report.findings, fail_on),
        "findings": [finding_dict(f, report.file, fail_on) for f in report.findings],
    }


def document(reports: Sequence[Report], fail_on: FailOn = FailOn.disputed) -> dict:
    """The JSON document for any number of reports: one shape, whatever was checked."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version()},
        "summary": _counts([f for r in reports for f in r.findings], fail_on),
        "reports": [report_dict(r, fail_on) for r in reports],
    }


def to_json(reports: Sequence[Report], fail_on: FailOn = FailOn.disputed) -> str:
    """The JSON document (report.schema.json), stable byte for byte."""
    return json.dumps(document(reports, fail_on), indent=2, ensure_ascii=False) + "\n"


def to_jsonl(reports: Sequence[Report], fail_on: FailOn = FailOn.disputed) -> str:
    """One finding a line (each as in the JSON document, with its file), for streaming."""
    lines = [
        json.dumps(finding_dict(f, r.file, fail_on), ensure_ascii=False, separators=(",", ":"))
        for r in reports
        for f in r.findings
    ]
    return "".join(line + "\n" for line in lines)


def summary_line(reports: Sequence[Report], fail_on: FailOn = FailOn.disputed) -> str:
    """'19 claims: 15 supported, 1 disputed, 3 unverifiable' (and failures, when any)."""
    findings = [f for r in reports for f in r.findings]
    counts = {v: sum(f.verdict == v for f in findings) for v in ("supported", "disputed", "unverifiable")}
    line = f"{len(findings)} claim{'' if len(findings) == 1 else 's'}: " + ", ".join(
        f"{n} {v}" for v, n in counts.items()
    )
    failed = sum(f.failed(fail_on) for f in findings)
    if failed:
        line += f"; {failed} failed"
    return line


def render_json(reports: Sequence[Report], options: Options) -> str:
    """The JSON document, as the `json` format (formats.py)."""
    return to_json(shown(reports, options), options.fail_on)


def render_jsonl(reports: Sequence[Report], options: Options) -> str:
    """JSON Lines, as the `jsonl` format (formats.py)."""
    return to_jsonl(shown(reports, options), options.fail_on)
