"""factcheck: check news articles against cached primary sources."""

from .assertions import ClaimAssertionError, assert_disputed, assert_supported, assert_unverifiable, assert_verdict
from .claims import find_claims_files, load_claims_file
from .errors import ClaimsFileError, FactcheckError, InputError, SourceFormatError, UnknownSourceError
from .model import ArticleInfo, Claim, ClaimsFile, Corpus, Evidence, Finding, Passage, Report, Source, SourceInfo
from .report import report_dict, to_json
from .sources import load_corpus
from .verify import check_claims_file, check_path, check_text, classify, verify_claim

__all__ = [
    "ArticleInfo", "Claim", "ClaimAssertionError", "ClaimsFile", "ClaimsFileError", "Corpus", "Evidence",
    "FactcheckError", "Finding", "InputError", "Passage", "Report", "Source", "SourceFormatError",
    "SourceInfo", "UnknownSourceError", "assert_disputed", "assert_supported", "assert_unverifiable",
    "assert_verdict", "check_claims_file", "check_path", "check_text", "classify", "find_claims_files",
    "load_claims_file", "load_corpus", "report_dict", "to_json", "verify_claim",
]
