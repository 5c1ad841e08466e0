"""Output: reports as text, JSON, JSON Lines, HTML, Markdown, ClaimReview JSON-LD and GitHub
annotations, and the source listings (sourceview.py). Reads findings; judges nothing.

Each format is registered by name with the function that renders it, like a plugin: `render`
imports the module of the format asked for and no other (formats.py lists them)."""

from __future__ import annotations

from .formats import FORMATS, Options, render

__all__ = ["FORMATS", "Options", "render"]
