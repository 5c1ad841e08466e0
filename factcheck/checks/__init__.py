"""Checks: judges only. Each module holds one kind of claim (a Check subclass registered with
@register) or the evidence one kind needs; the registry, in priority order, is classify()."""

from __future__ import annotations

import pkgutil
from functools import cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from ..errors import FactcheckError
from .base import Check

if TYPE_CHECKING:
    from ..read.reading import Reading

_REGISTERED: dict[str, Check] = {}
ENTRY_POINTS = "factcheck.checks"  # other packages add kinds of claim through this group


def register(check: type[Check]) -> type[Check]:
    """Class decorator: make a Check subclass one of the kinds of claim factcheck knows."""
    if check.kind in _REGISTERED and type(_REGISTERED[check.kind]) is not check:
        raise FactcheckError(f"two checks for the kind {check.kind!r}")
    _REGISTERED[check.kind] = check()
    return check


@cache
def registry() -> tuple[Check, ...]:
    """Every registered check, in priority order: the built-in modules of this package, then any
    that installed packages declare under the factcheck.checks entry point."""
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        import_module(f"{__name__}.{module}")
    for entry in sorted(entry_points(group=ENTRY_POINTS), key=lambda e: e.name):
        entry.load()
    return tuple(sorted(_REGISTERED.values(), key=lambda c: (c.priority, c.kind)))


def kinds() -> tuple[str, ...]:
    """The kinds of claim, in priority order."""
    return tuple(c.kind for c in registry())


def get(kind: str) -> Check:
    """The check for a kind of claim."""
    for check in registry():
        if check.kind == kind:
            return check
    raise FactcheckError(f"no check for the kind {kind!r} (known: {', '.join(kinds())})")


def classify(claim: Reading) -> Check:
    """The check for the kind of claim a text makes: the first, in priority order, that detects it."""
    return next(c for c in registry() if c.detects(claim))


def after(check: Check, claim: Reading) -> list[Check]:
    """The checks after this one, in priority order, that can judge the claim (for one that hands it on)."""
    order = registry()
    return [c for c in order[order.index(check) + 1 :] if c.applies(claim)]
