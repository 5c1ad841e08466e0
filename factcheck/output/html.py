"""The HTML report: one self-contained page (no script, font or style from elsewhere; it opens
offline and travels as a mail attachment). At the top the counts per verdict and a legend; for each
report the article with each claim highlighted and its verdict written beside it (colour is never
the only signal), and each claim's verdict, explanation, parts checked, flags and evidence with a
link to its source; the sources with their provenance in the summary at the top. Every text from an article, a claims file or
a source is escaped: it is shown, never run. Readable on a phone and in print; every link and
control is reachable from the keyboard."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from ..model import Evidence, Finding, Report, SourceInfo
from ..version import tool_version
from .formats import Options, shown
from .report import summary_line
from .text import MARKS

_WORDS = {"supported": "supported", "disputed": "disputed", "unverifiable": "unverifiable"}
_MEANING = {
    "supported": "every checkable part of the claim is borne out by a source about the same thing",
    "disputed": "a source about the same thing says otherwise; the explanation names the difference",
    "unverifiable": "no cached source settles it; the explanation names what is missing",
}
# Colours chosen to keep their contrast on white (WCAG AA for text) and in greyscale print.
_STYLE = """
:root { --supported: #1a6b34; --disputed: #b3261e; --unverifiable: #8a5a00; --ink: #1f1f1f; --soft: #5f5f5f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; color: var(--ink); font: 1rem/1.55 system-ui, sans-serif; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
a { color: #0b57d0; } a:focus-visible, summary:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; list-style: none; }
.counts li { border: 2px solid; border-radius: 0.4rem; padding: 0.2rem 0.6rem; }
.v-supported { color: var(--supported); border-color: var(--supported); }
.v-disputed { color: var(--disputed); border-color: var(--disputed); }
.v-unverifiable { color: var(--unverifiable); border-color: var(--unverifiable); }
.article { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #ddd; padding-left: 0.8rem; }
.claim { border-bottom: 3px solid; }
.claim.v-supported { background: #e6f4ea; } .claim.v-disputed { background: #fce8e6; }
.claim.v-unverifiable { background: #fef7e0; border-bottom-style: dashed; }
.tag { font-size: 0.75em; font-weight: 600; white-space: nowrap; margin-left: 0.2em; text-decoration: none; }
.claim .claim { border-bottom-width: 2px; }
.article .claim { color: var(--ink); }
.findings { padding-left: 0; list-style: none; }
.finding { border: 1px solid #ddd; border-left: 6px solid; border-radius: 0.3rem; padding: 0.6rem 0.9rem; margin: 0.8rem 0; }
.b-supported { border-left-color: var(--supported); } .b-disputed { border-left-color: var(--disputed); }
.b-unverifiable { border-left-color: var(--unverifiable); border-left-style: dashed; }
.finding h4 { margin: 0 0 0.4rem; font-size: 1rem; }
.finding blockquote { margin: 0.3rem 0; font-style: italic; }
.failed { background: #fff4f2; }
.meta, .soft { color: var(--soft); font-size: 0.9em; }
code { overflow-wrap: anywhere; } .nowrap { white-space: nowrap; } th { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; padding: 0.3rem; overflow-wrap: anywhere; }
@media (max-width: 40rem) { body { padding: 0.6rem; } table, thead, tbody, tr, th, td { display: block; } thead { display: none; } }
@media print { a { color: inherit; } .back { display: none; } .finding { break-inside: avoid; } body { max-width: none; } }
"""


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "claim"


def _anchor(number: int, f: Finding) -> str:
    return f"r{number}-{_slug(f.id)}"


def _verdict(verdict: str) -> str:
    """A verdict as the page writes it: its mark and its word, in its colour."""
    return f'<span class="v-{verdict}">{MARKS[verdict]} {_WORDS[verdict]}</span>'


def _link(url: str, text: str) -> str:
    """A link to a source's URL; only http(s) addresses are linked (no script: URLs)."""
    if re.match(r"^https?://", url, re.IGNORECASE):
        return f'<a href="{escape(url)}">{escape(text)}</a>'
    return escape(text)


def _evidence(e: Evidence, sources: dict[str, SourceInfo]) -> str:
    info = sources.get(e.source_id)
    name = _link(info.url, e.source_id) if info is not None else escape(e.source_id)
    return f"<li>{name}, {escape(e.location)}: “{escape(e.text)}”</li>"


def _finding(number: int, f: Finding, sources: dict[str, SourceInfo], options: Options, linked: bool) -> str:
    failed = f.failed(options.fail_on)
    parts = [
        f'<li id="{_anchor(number, f)}" class="finding b-{f.verdict}{" failed" if failed else ""}">',
        f"<h4>{_verdict(f.verdict)} <code>{escape(f.id)}</code>",
        f' <span class="meta">{escape(f.kind)}{f", line {f.line}" if f.line else ""}</span>',
    ]
    if failed:
        expected = f", expected {escape(f.expect)}" if f.expect else ""
        parts.append(f' <strong class="v-disputed">FAILED{expected}</strong>')
    parts.append("</h4>")
    parts.append(f"<blockquote>{escape(f.claim)}</blockquote>")
    parts.append(f"<p>{escape(f.explanation)}</p>")
    if f.checked:
        checked = "".join(f"<li>{escape(p.part)}: {escape(p.status)}</li>" for p in f.checked)
        parts.append(f'<p class="soft">Parts checked:</p><ul class="soft">{checked}</ul>')
    if f.flags:
        parts.append(f'<p class="soft">Flags: {escape(", ".join(f.flags))}</p>')
    if f.evidence:
        parts.append(f"<p>Evidence:</p><ul>{''.join(_evidence(e, sources) for e in f.evidence)}</ul>")
    elif f.candidates:
        near = "".join(_evidence(e, sources) for e in f.candidates[:3])
        parts.append(f'<p class="soft">Nearest passages:</p><ul class="soft">{near}</ul>')
    if failed and f.note:
        parts.append(f"<p><strong>Note:</strong> {escape(f.note)}</p>")
    if linked:
        parts.append(f'<p class="back"><a href="#t-{_anchor(number, f)}">Back to the article</a></p>')
    parts.append("</li>")
    return "".join(parts)


def _article(number: int, report: Report) -> tuple[str, set[str]]:
    """The article's text with each claim that has a place in it highlighted and its verdict
    written after it, as a link to the claim's entry (a claim inside another's place, such as a
    title inside a quotation, is highlighted inside it); the claims highlighted."""
    text = report.text
    placed = sorted(
        (f for f in report.findings if f.span and 0 <= f.span[0] < f.span[1] <= len(text)),
        key=lambda f: ((f.span or (0, 0))[0], -(f.span or (0, 0))[1]),
    )
    linked: set[str] = set()

    def within(lo: int, hi: int, items: list[Finding]) -> str:
        out, at, rest = [], lo, list(items)
        while rest:
            f = rest.pop(0)
            start, end = f.span or (0, 0)
            if start < at:
                continue  # crossing another claim's place: listed below, not highlighted
            inner = [g for g in rest if (g.span or (0, 0))[1] <= end]
            rest = [g for g in rest if g not in inner]
            anchor = _anchor(number, f)
            out.append(escape(text[at:start]))
            out.append(
                f'<span class="claim v-{f.verdict}" id="t-{anchor}">{within(start, end, inner)}</span>'
                f'<a class="tag v-{f.verdict}" href="#{anchor}">[{MARKS[f.verdict]} {_WORDS[f.verdict]}]</a>'
            )
            linked.add(f.id)
            at = end
        out.append(escape(text[at:hi]))
        return "".join(out)

    return f'<div class="article">{within(0, len(text), placed)}</div>', linked


def _sources(sources: Sequence[SourceInfo]) -> str:
    rows = []
    for s in sources:
        cells = [
            f"<code>{escape(s.id)}</code>",
            escape(s.title),
            escape(s.publisher),
            f'<span class="nowrap">{s.published.isoformat()}</span>' if s.published else "",
            _link(s.url, s.url) if s.url else "",
            f'<span class="nowrap">{escape(s.retrieved)}</span>',
            f'<code title="{escape(s.sha256)}">{escape(s.sha256[:12])}</code>' if s.sha256 else "unrecorded",
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(
        f"<th scope=col>{h}</th>" for h in ("id", "title", "publisher", "published", "URL", "retrieved", "sha256")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _every_source(reports: Sequence[Report]) -> list[SourceInfo]:
    """The sources of every report, each once, in the order first met."""
    seen: dict[str, SourceInfo] = {}
    for report in reports:
        for info in report.sources:
            seen.setdefault(info.id, info)
    return list(seen.values())


def _counts(findings: Sequence[Finding]) -> str:
    items = "".join(
        f'<li class="v-{v}">{MARKS[v]} {sum(f.verdict == v for f in findings)} {_WORDS[v]}</li>' for v in _WORDS
    )
    return f'<ul class="counts">{items}</ul>'


def _report(number: int, report: Report, options: Options) -> str:
    name = report.file or report.article.path or "claims"
    title = f"{name} — {report.article.title}" if report.article.title else name
    sources = {s.id: s for s in report.sources}
    parts = [f'<section aria-labelledby="h-r{number}"><h2 id="h-r{number}">{escape(title)}</h2>']
    corpus = f" against the sources in <code>{escape(report.corpus)}</code>" if report.corpus else ""
    parts.append(f"<p>{escape(summary_line([report], options.fail_on))}{corpus}</p>{_counts(report.findings)}")
    linked: set[str] = set()
    if report.text:
        article, linked = _article(number, report)
        where = f" ({escape(report.article.path)})" if report.article.path else ""
        parts.append(f"<h3>The article{where}</h3>{article}")
    findings = sorted(report.findings, key=lambda f: not f.failed(options.fail_on))
    parts.append("<h3>Claims</h3>")
    parts.append(
        '<ol class="findings">'
        + "".join(_finding(number, f, sources, options, f.id in linked) for f in findings)
        + "</ol>"
    )
    parts.append("</section>")
    return "".join(parts)


def to_html(reports: Sequence[Report], options: Options) -> str:
    """The HTML page (formats.py): byte for byte the same for the same reports."""
    listed = shown(reports, options)
    every = [f for r in reports for f in r.findings]
    legend = "".join(f"<dt>{_verdict(v)}</dt><dd>{escape(_MEANING[v])}</dd>" for v in _WORDS)
    title = "Fact-check report" + (
        f": {reports[0].article.title}" if len(reports) == 1 and reports[0].article.title else ""
    )
    body = [
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="soft">Checked by factcheck {escape(tool_version())} against cached primary sources.</p>',
        f"<p>{escape(summary_line(reports, options.fail_on))}</p>{_counts(every)}",
        f"<details><summary>What the verdicts mean</summary><dl>{legend}</dl></details>",
        f"<details open><summary>Sources checked against</summary>{_sources(_every_source(reports))}</details></header>",
        "<main>" + "".join(_report(n, r, options) for n, r in enumerate(listed, 1)) + "</main>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>" + "".join(body) + "</body></html>\n"
    )
