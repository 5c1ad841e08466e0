# ruff: noqa: F401  (the names below TYPE_CHECKING are the lazily re-exported API)
"""factcheck: check news articles against cached primary sources.

The public API is re-exported here and imported on first use, so that the command line and the
pytest plugin start without loading every checker.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "ClaimAssertionError": "assertions", "assert_disputed": "assertions", "assert_supported": "assertions",
    "assert_unverifiable": "assertions", "assert_verdict": "assertions",
    "find_claims_files": "claims", "load_claims_file": "claims",
    "ClaimsFileError": "errors", "FactcheckError": "errors", "InputError": "errors", "SourceFormatError": "errors",
    "UnknownSourceError": "errors", "FetchError": "errors", "CacheError": "errors",
    "ArticleInfo": "model", "Claim": "model", "ClaimsFile": "model", "Corpus": "model", "Evidence": "model",
    "Finding": "model", "Passage": "model", "Report": "model", "Source": "model", "SourceInfo": "model",
    "report_dict": "report", "to_json": "report",
    "load_corpus": "sources",
    "check_article": "verify", "check_claims_file": "verify", "check_path": "verify", "check_text": "verify",
    "classify": "verify", "verify_claim": "verify",
    "extract_claims": "extraction", "load_article": "articles",
    "add_file": "cache", "add_url": "cache", "refresh": "cache", "verify_sources": "cache",
    "FetchPolicy": "fetching", "fetch": "fetching",
}
_RENAMED = {"verify_sources": "verify"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), _RENAMED.get(name, name))
    globals()[name] = value
    return value


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .articles import load_article
    from .assertions import (
        ClaimAssertionError,
        assert_disputed,
        assert_supported,
        assert_unverifiable,
        assert_verdict,
    )
    from .cache import add_file, add_url, refresh
    from .cache import verify as verify_sources
    from .claims import find_claims_files, load_claims_file
    from .errors import (
        CacheError,
        ClaimsFileError,
        FactcheckError,
        FetchError,
        InputError,
        SourceFormatError,
        UnknownSourceError,
    )
    from .extraction import extract_claims
    from .fetching import FetchPolicy, fetch
    from .model import (
        ArticleInfo,
        Claim,
        ClaimsFile,
        Corpus,
        Evidence,
        Finding,
        Passage,
        Report,
        Source,
        SourceInfo,
    )
    from .report import report_dict, to_json
    from .sources import load_corpus
    from .verify import (
        check_article,
        check_claims_file,
        check_path,
        check_text,
        classify,
        verify_claim,
    )
