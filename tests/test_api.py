"""The public API: every name re-exported from factcheck resolves, and start-up stays light."""

import subprocess
import sys

import factcheck


def test_every_exported_name_resolves():
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name


def test_unknown_names_raise_attribute_error():
    try:
        factcheck.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_the_command_line_does_not_load_the_checkers_to_start():
    code = "import sys, factcheck.cli; print(sorted(m for m in sys.modules if m.startswith(('factcheck.checks', 'rapidfuzz', 'pint', 'httpx'))))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_every_module_imports_first_on_its_own():
    import pkgutil

    modules = [
        m.name for m in pkgutil.walk_packages(factcheck.__path__, "factcheck.") if m.name != "factcheck.__main__"
    ]
    assert {"factcheck.read.text", "factcheck.corpus.index", "factcheck.checks.quantity"} <= set(modules)
    for module in modules:
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True, capture_output=True)
