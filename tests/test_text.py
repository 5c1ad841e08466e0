from hypothesis import given
from hypothesis import strategies as st

from factcheck.read.text import clause_bounds, content_stems, fold, normalize, sentences, stem, words


def test_normalize_folds_quotes_dashes_and_spacing():
    assert normalize("“Hello”\u00a0 world\u2014again ‘x’") == "\"Hello\" world \u2014 again 'x'"


def test_fold_drops_case_and_accents():
    assert fold("Edvardas ŠILERIS") == "edvardas sileris"


def test_words_keep_inner_punctuation_and_drop_trailing_dots():
    assert words("The U.S. arrested 179 of them—today’s news, COVID-19.") == [
        "the",
        "u.s",
        "arrested",
        "179",
        "of",
        "them",
        "today's",
        "news",
        "covid-19",
    ]


def test_stem_matches_inflections():
    assert stem("arrests") == stem("arrested") == stem("arrest")
    assert stem("countries") == "country"
    assert stem("status") == "status"
    assert stem("collapse") == stem("collapsed") == stem("collapses")
    assert stem("seize") == stem("seized")


def test_content_stems_skip_stopwords_and_numbers():
    assert content_stems("the arrest of 179 suspects in total") == ["arrest", "suspect"]


def test_clause_bounds_survive_abbreviations():
    text = "Officials in the U.S. said so on Sept. 22. Then: more; less."
    clauses = [text[a:b].strip() for a, b in clause_bounds(text)]
    assert clauses == ["Officials in the U.S. said so on Sept. 22", "Then", "more", "less"]
    assert [text[a:b] for a, b in sentences(text)] == [
        "Officials in the U.S. said so on Sept. 22.",
        "Then: more; less.",
    ]


def test_a_quotations_own_sentences_are_sentences():
    # pysbd keeps quoted text whole; a figure inside a quotation needs its own sentence as context.
    text = '"Voters turned out as never before. I thank the 52,000 polling staff." Then he left.'
    assert [text[a:b] for a, b in sentences(text)] == [
        '"Voters turned out as never before.',
        'I thank the 52,000 polling staff."',
        "Then he left.",
    ]
    clauses = [text[a:b] for a, b in clause_bounds(text)]
    assert 'I thank the 52,000 polling staff."' in clauses


def test_text_with_nothing_that_ends_a_sentence_is_one_sentence():
    # pysbd alone would split this at the tab; with no closing punctuation, bullet, list marker or
    # line break there is no sentence end to find.
    text = "5 \u2019-'\tNo ,2I157 Jb0,3"
    assert sentences(text) == ((0, len(text)),)


def _bundled_texts():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return [p.read_text(encoding="utf-8") for p in sorted((root / "claims").rglob("*.txt"))] + [
        p.read_text(encoding="utf-8")
        for p in sorted((root / "tests" / "articles").rglob("*.*"))
        if p.is_file() and not any(part.startswith(".") for part in p.parts)
    ]


def test_long_texts_are_split_into_the_same_sentences_in_bounded_pieces(monkeypatch):
    import factcheck.read.text as text

    texts = [
        *_bundled_texts(),
        "The report was signed by Dr. Alan Smith of Acme Inc. in Washington. It counted 4,200 arrests. " * 40,
        "In 2020, 5 people. No. 7 was last. " * 200,
    ]
    whole = []
    for sample in texts:
        text.sentences.cache_clear()
        monkeypatch.setattr(text, "SEGMENTER_CHUNK", 10**9)
        whole.append(text.sentences(sample))
    monkeypatch.setattr(text, "SEGMENTER_CHUNK", 200)
    for sample, expected in zip(texts, whole, strict=True):
        text.sentences.cache_clear()
        assert text.sentences(sample) == expected
        pieces = text._chunks(sample)
        assert "".join(pieces) == sample and len(pieces) > len(sample) // 400
    text.sentences.cache_clear()


def _every_passage():
    """Every passage of every sources folder the project holds (bundled, test fixtures, benchmarks)."""
    from pathlib import Path

    from factcheck import load_corpus
    from factcheck.errors import FactcheckError

    root = Path(__file__).resolve().parents[1]
    found_folders = [f for top in ("benchmarks", "tests") for f in (root / top).rglob("sources")]
    folders = [*found_folders, root / "sources", *(root / "tests" / "fixtures").iterdir()]
    found = []
    for folder in sorted(f for f in folders if f.is_dir()):
        try:
            corpus = load_corpus(folder)
        except FactcheckError:  # a fixture folder that is not a sources folder
            continue
        found += [p.text for s in corpus.sources for p in s.passages]
    return found


def test_pysbd_is_asked_only_where_it_could_find_more_than_one_sentence():
    import factcheck.read.text as text

    segmenter = text._segmenter()
    samples = [
        *_bundled_texts(),
        *_every_passage(),
        "He joined the Dept. He left in Sept. 2020. Police made 12 arrests. Officers seized cash.",
        'The agency said "arrests rose." Spain made 47 arrests! Did it work? Yes, it did.',
        "Prices rose approx. 5% in the year. No. 7 was last. Dr. Smith of Acme Inc. said so.",
        "First line\nSecond line. Third sentence here.\n\nA new paragraph ends.",
    ]
    assert len(samples) > 150
    for sample in samples:
        blanked = sample.translate(text._BLANK_QUOTES)
        whole = [s for chunk in text._chunks(blanked) for s in segmenter.processor(chunk).process()]
        text.sentences.cache_clear()
        assert text.sentences(sample) == text._spans(sample, blanked, whole), sample[:80]
    text.sentences.cache_clear()


_WORDS = [
    "police", "arrests", "Dr.", "Smith", "Inc.", "Sept.", "dept.", "No.", "7", "4,200", "U.S.", "approx.",
    "said", "rose", "5.5%", '"quoted', 'words"', "(see", "a)", "Washington", "it", "ended", "J.", "Okafor",
    "a.", "ii.", "1.", "iv)", "e.g.", "i.e.", "St.", "Mr.", "p.m.", "Jan.", "etc.", "vs.", "...", "\u2026",
]  # fmt: skip


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9),
            st.sampled_from([".", "!", "?", "", ".\n", ". ", '."']),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_sentences_are_those_pysbd_finds_in_the_whole_text(parts):
    import factcheck.read.text as text

    sample = " ".join(" ".join(words).capitalize() + end for words, end in parts)
    blanked = sample.translate(text._BLANK_QUOTES)
    whole = [s for chunk in text._chunks(blanked) for s in text._segmenter().processor(chunk).process()]
    text.sentences.cache_clear()
    assert text.sentences(sample) == text._spans(sample, blanked, whole)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=12),
    st.integers(0, 80),
    st.integers(0, 20),
)
def test_spans_answer_as_a_scan_of_every_span_would(spans, start, width):
    from factcheck.read.text import Spans

    end = start + width
    found = Spans(spans)
    assert found.covers(start) == any(a <= start < b for a, b in spans)
    assert found.holds(start, end) == any(a <= start and end <= b for a, b in spans)
    assert found.meets(start, end) == any(a < end and start < b for a, b in spans)


def test_claim_ids_stay_unique_and_numbered_in_order_when_a_text_repeats():
    from factcheck.extraction import extract_claims

    claims = [e.claim.id for e in extract_claims("Officials seized 61 kilograms of drugs. " * 5)]
    assert claims == [
        "quantity-officials-seized-kilograms-drugs",
        *(f"quantity-officials-seized-kilograms-drugs-{n}" for n in range(2, 6)),
    ]
