"""Readers: text in, typed mentions out. Imports nothing from corpus/, checks/ or output/; its word
lists are in lang/<language>/. The public readers are these (import them from their modules):

- text: normalize, fold, words, stem, content_stems, sentences, clause_bounds, paragraphs,
  segment, DOUBLE_QUOTES, SINGLE_QUOTES
- quantities: find_quantities, Quantity, bears_out, contradicts, discrepancy, convert, format_number
- dates: find_dates, describe, years_in, YEAR_RE
- people: find_people, same_person, compare_titles, misspelt, bare_name
- quotes: find_quotations, align, parse_claimed_quote
- lexicon: find_places, find_orgs, canonical_org, concept, opposed
- lists: countries, organisations, enumerated
- origins: origin, origin_match
- relations: direction, superlative, comparison, change_figures, is_table_relation
- anchors: claim_concepts, head_of, years_for, Scope (what a figure is about)
- reading: read (every reader over one text, as a Reading)
"""
