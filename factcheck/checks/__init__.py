"""Checks per claim kind: each takes a claim's text and a corpus and returns an Outcome."""
