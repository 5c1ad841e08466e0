"""Curated claims files are never lost: a new draft merged into a curated file (its ids, `expect`,
`note`, `sources`, comments and layout kept; new claims added; claims no longer found in the
article marked, not removed), and the verdicts of claims without `expect` written into it (a
snapshot, as syrupy's or ruff's --add-noqa). tomlkit edits the file in place, so whatever a
person wrote stays as they wrote it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import ClaimsFileError
from .extraction import Extracted
from .files import read_text

VANISHED = "not found in the article when the draft was last merged (factcheck extract --update)"


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def _document(path: Path) -> Any:
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        return tomlkit.parse(read_text(path))
    except TOMLKitError as exc:
        raise ClaimsFileError(path, f"bad TOML: {exc}") from None


def merge_draft(path: Path, draft: Sequence[Extracted]) -> tuple[str, int, int]:
    """The claims file at `path` with a new draft merged in, and how many claims were added and
    marked vanished. A claim is the draft's when their texts are the same (spacing and case
    aside); every curated key stays; a draft claim not in the file is added (its id made unique);
    a claim the draft no longer finds gets a comment saying so, and keeps everything else."""
    import tomlkit

    doc = _document(path)
    claims = doc.get("claim")
    if claims is None:
        claims = tomlkit.aot()
        doc.append("claim", claims)
    found = {_same(e.claim.text) for e in draft}
    have = {_same(str(c.get("text", ""))) for c in claims}
    ids = {str(c.get("id", "")) for c in claims}
    vanished = 0
    for claim in claims:
        if _same(str(claim.get("text", ""))) not in found:
            if claim.trivia.comment != f"# {VANISHED}":
                claim.comment(VANISHED)
                vanished += 1
        elif claim.trivia.comment == f"# {VANISHED}":
            claim.trivia.comment = ""  # found again
    added = 0
    for e in draft:
        if _same(e.claim.text) in have:
            continue
        claim_id, n = e.claim.id, 2
        while claim_id in ids:
            claim_id, n = f"{e.claim.id}-{n}", n + 1
        ids.add(claim_id)
        table = tomlkit.table()
        table.add("id", claim_id)
        table.add("text", e.claim.text)
        if e.claim.kind:
            table.add("kind", e.claim.kind)
        if e.in_quotation:
            table.add("note", "a figure inside a quotation: keep it only if a source states it")
        claims.append(table)
        added += 1
    return tomlkit.dumps(doc), added, vanished


def accept(path: Path, verdicts: Mapping[str, str]) -> tuple[str, int]:
    """The claims file with `expect` set to the verdict got, for each claim that has none; how many."""
    doc = _document(path)
    accepted = 0
    for claim in doc.get("claim", []):
        claim_id = str(claim.get("id", ""))
        if "expect" not in claim and claim_id in verdicts:
            claim["expect"] = verdicts[claim_id]
            accepted += 1
    return doc.as_string(), accepted
