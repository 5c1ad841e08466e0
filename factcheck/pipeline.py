"""The pipeline: a claims file, an article or a folder in; a Report out. Decides each claim's kind
(the check registry, in priority order), runs that check and builds the finding."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from . import checks
from .articles import Article, find_articles, load_article
from .checks.base import about, status
from .claims import find_claims_files, load_claims_files
from .corpus.index import Index, index_of
from .corpus.store import load_corpus
from .errors import FactcheckError, InputError, UnknownSourceError
from .extraction import extract_claims
from .files import MAX_CLAIM_CHARS, MAX_FILE_BYTES
from .model import ArticleInfo, Claim, ClaimsFile, Context, Corpus, Finding, Kind, Outcome, Part, Report
from .read.context import article_date, context_of, with_context
from .read.reading import read


def classify(text: str) -> Kind:
    """The kind of claim a text makes, by what the readers find in it."""
    return checks.classify(read(text)).kind


def check_text(
    text: str, corpus: Corpus | Index, kind: Kind | None = None, context: Context | None = None
) -> tuple[Kind, Outcome]:
    """Check one claim's text against a corpus (as the given kind, or the one its text shows), with
    what the article around it adds when it was taken out of one."""
    claim = with_context(read(text), context)
    check = checks.classify(claim) if kind is None else checks.get(kind)
    if len(text) > MAX_CLAIM_CHARS:
        return check.kind, Outcome(
            "unverifiable",
            0.9,
            f"The claim is {len(text):,} characters long, past the limit of {MAX_CLAIM_CHARS:,} that is checked; "
            "split it into single statements.",
        )
    if kind is not None and not check.applies(claim):
        return kind, Outcome(
            "unverifiable", 0.9, f"The claim is marked as a {kind} claim, but its text has no {check.needs} to check."
        )
    index = index_of(corpus)
    outcome = check.check(claim, index)
    # A check may hand a claim on ("the highest since 2004" with no table to settle it): the
    # next check that applies judges it, and the claim keeps the kind it was read as.
    for fallback in checks.after(check, claim):
        if outcome is not None:
            break
        outcome = fallback.check(claim, index)
    assert outcome is not None, "the statement check applies to every text"
    return check.kind, outcome


def _check_sources(claim: Claim, index: Index, where: str) -> None:
    for source_id in claim.sources:
        if index.get(source_id) is None:
            raise UnknownSourceError(source_id, index.ids, where)


def verify_claim(claim: Claim, corpus: Corpus | Index) -> Finding:
    """Check one claim (restricted to its sources, if it names any) and return its finding."""
    index = index_of(corpus)
    _check_sources(claim, index, f"claim {claim.id!r}")
    restricted = index.restricted(claim.sources)
    kind, outcome = check_text(claim.text, restricted, claim.kind, claim.context)
    if not outcome.checked:
        outcome = replace(outcome, checked=(Part(kind, status(outcome)),))
    return Finding.of(claim, kind, outcome, about(with_context(read(claim.text), claim.context), restricted, kind))


def check_claims_file(claims_file: ClaimsFile, corpus: Corpus | Index) -> Report:
    """Check every claim of a claims file; unknown source ids fail before any check runs."""
    index = index_of(corpus)
    for claim in claims_file.claims:
        _check_sources(claim, index, f"{claims_file.path}: claim {claim.id!r}")
    text = claims_file.article_text
    published = claims_file.article.published or (article_date(text) if text else None)
    findings = tuple(
        verify_claim(replace(claim, context=context_of(text, claim.span, published, claims_file.article.title)), index)
        if text is not None and claim.span and claim.context is None
        else verify_claim(claim, index)
        for claim in claims_file.claims
    )
    return Report(
        claims_file.article,
        tuple(s.info for s in index.sources),
        findings,
        str(claims_file.path),
        text or "",
        _corpus_of(index),
    )


def _corpus_of(index: Index) -> str:
    """The sources folder an index was loaded from, as the report names it."""
    return str(index.corpus.root) if index.corpus.root is not None else ""


def check_path(
    path: Path | None, sources: Path, jobs: int = 1, progress: Callable[[int, int], None] | None = None
) -> list[Report]:
    """Check an article, a claims file or a folder (default ./claims) against a folder of sources:
    a folder's claims files, or, in a folder with none, its articles; in up to `jobs` processes.
    `progress` is told (done, total) as the files' claims are checked (an article counts one)."""
    articles: list[Path] = []
    if path is not None and str(path) == "-":
        # An article on standard input, checked as a text file is.
        from .articles import article_from_text, read_stdin

        stdin_index = Index(load_corpus(sources))
        report = check_article(article_from_text(read_stdin(MAX_FILE_BYTES)), stdin_index)
        if progress is not None:
            progress(1, 1)
        return [report]
    if path is None:
        files = find_claims_files(Path("claims")) if Path("claims").is_dir() else []
        if not files:
            raise InputError(Path("claims"), "no claims files (claims.toml or *.claims.toml) found")
    elif path.is_dir():
        files = find_claims_files(path)
        articles = [] if files else find_articles(path)
        if not files and not articles:
            raise InputError(path, "no claims files (claims.toml or *.claims.toml) nor articles found")
    elif not path.exists():
        raise InputError(path, "file not found")
    elif not path.is_file():
        raise InputError(path, "not a regular file")
    elif path.suffix == ".toml":
        files = [path]
    else:
        files, articles = [], [path]
    # Every file is read, and must be valid, before any check runs.
    work: list[ClaimsFile | Article] = [*load_claims_files(files), *(load_article(a) for a in articles)]
    index = Index(load_corpus(sources))
    sizes = [len(item.claims) if isinstance(item, ClaimsFile) else 1 for item in work]
    if jobs > 1 and len(work) > 1:
        return _in_processes(work, index, jobs, sizes, progress)
    reports = []
    for number, item in enumerate(work):
        reports.append(_check(item, index))
        if progress is not None:
            progress(sum(sizes[: number + 1]), sum(sizes))
    return reports


def _check(item: ClaimsFile | Article, index: Index) -> Report:
    return check_claims_file(item, index) if isinstance(item, ClaimsFile) else check_article(item, index)


_SHARED: list[Index] = []  # the index worker processes inherit from the one that forked them


def _check_shared(item: ClaimsFile | Article) -> Report | str:
    try:
        return _check(item, _SHARED[0])
    except FactcheckError as exc:
        return str(exc)  # an error with its own arguments does not cross processes whole


def _in_processes(
    work: list[ClaimsFile | Article],
    index: Index,
    jobs: int,
    sizes: list[int],
    progress: Callable[[int, int], None] | None = None,
) -> list[Report]:
    """Check claims files and articles in worker processes that share the parent's index (forked
    after every passage is read, so its readings are not made again); reports in the input order."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return [_check(item, index) for item in work]
    list(index.entries())  # read every passage here, once, before the workers copy the process
    _SHARED[:] = [index]
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(work))) as pool:
            results = []
            for number, result in enumerate(pool.imap(_check_shared, work, chunksize=1)):
                results.append(result)
                if progress is not None:
                    progress(sum(sizes[: number + 1]), sum(sizes))
    finally:
        _SHARED.clear()
    for result in results:
        if isinstance(result, str):
            raise FactcheckError(result)
    return [r for r in results if isinstance(r, Report)]


def check_article(article: Article, corpus: Corpus | Index) -> Report:
    """Find an article's claims and check them. A figure inside a quotation is reported only when
    a source states it; "according to X" only when no source from X is cached."""
    index = index_of(corpus)
    findings = []
    published = article.published
    for extracted in extract_claims(article.text):
        if extracted.origin and index.from_publisher(extracted.origin):
            continue  # "according to X" with X cached: the sentence's own claims are checked against X
        claim = extracted.claim
        if claim.span:
            start = claim.span[0]
            claim = replace(claim, context=context_of(article.text, claim.span, published, article.title))
            if article.path.suffix.lower() not in (".html", ".htm"):  # an HTML page's text is not its lines
                claim = replace(claim, line=article.text.count("\n", 0, start) + 1)
        finding = verify_claim(claim, index)
        if extracted.in_quotation and finding.verdict == "unverifiable":
            continue
        findings.append(finding)
    info = ArticleInfo(str(article.path), article.title, "", article.sha256)
    return Report(
        info, tuple(s.info for s in index.sources), tuple(findings), str(article.path), article.text, _corpus_of(index)
    )
