"""factcheck: check news articles against cached primary sources.

The public API is the names imported below under TYPE_CHECKING: type checkers and editors see
them as ordinary imports; at run time that block is read, not executed, and each name is imported
on first use, so that the command line and the pytest plugin start without loading every check.
"""

from __future__ import annotations

import ast
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .articles import load_article
    from .assertions import (
        ClaimAssertionError,
        assert_disputed,
        assert_supported,
        assert_unverifiable,
        assert_verdict,
    )
    from .claims import find_claims_files, load_claims_file
    from .corpus.cache import add_file, add_url, refresh
    from .corpus.cache import verify as verify_sources
    from .corpus.fetching import FetchPolicy, fetch
    from .corpus.index import Index
    from .corpus.store import load_corpus
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
    from .model import (
        ArticleInfo,
        Claim,
        ClaimsFile,
        Corpus,
        Evidence,
        FailOn,
        Finding,
        Outcome,
        Passage,
        Report,
        Source,
        SourceInfo,
    )
    from .output.report import report_dict, to_json
    from .pipeline import check_article, check_claims_file, check_path, check_text, classify, verify_claim


def _exports() -> dict[str, tuple[str, str]]:
    """Public name -> (module, attribute), as the TYPE_CHECKING block above imports them."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    return {
        alias.asname or alias.name: (node.module or "", alias.name)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


_EXPORTS = _exports()
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    value = getattr(import_module(f".{module}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
