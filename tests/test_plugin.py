"""The pytest plugin, run in a throwaway project with pytester."""

import shutil

import pytest

from .conftest import FIXTURES

CLAIMS = """
[[claim]]
id = "deaths-mozambique"
text = "The storm killed 48 people in Mozambique"
expect = "supported"

[[claim]]
id = "wrong-title"
text = "Assistant Secretary John Smith"
expect = "supported"

[[claim]]
id = "no-expectation"
text = "12 people died in Zambia"
"""


@pytest.fixture
def project(pytester):
    shutil.copytree(FIXTURES / "cyclone", pytester.path / "sources")
    pytester.makeini("[pytest]\nfactcheck_sources = sources\n")
    return pytester


def test_claims_file_items_pass_and_fail_with_plain_lines(project):
    (project.path / "storm.claims.toml").write_text(CLAIMS)
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "*storm.claims.toml::deaths-mozambique PASSED*",
            "*storm.claims.toml::wrong-title FAILED*",
            "claim:    Assistant Secretary John Smith",
            "verdict:  disputed (expected supported)",
            "why:      The Relief Watch press release names Deputy Secretary John Smith*",
            "evidence: reliefwatch-2023-03-17-mara, paragraph 2*",
        ]
    )
    assert "Traceback" not in result.stdout.str() and "def runtest" not in result.stdout.str()


def test_malformed_claims_file_is_one_error_line(project):
    project.makefile(".toml", claims='[[claim]]\nid = "a"\nexpect = "nope"\ntext = "x"\n')
    result = project.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*Error: *claims.toml:3: claim 'a': expect must be one of*"])
    assert "Traceback" not in result.stdout.str()


def test_unknown_source_id_fails_the_item_with_an_error_line(project):
    project.makefile(
        ".toml", claims='[[claim]]\nid = "a"\ntext = "48 people"\nexpect = "supported"\nsources = ["gone"]\n'
    )
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["Error: claim 'a': unknown source id 'gone'*"])


def test_sources_option_overrides_the_ini(project):
    shutil.move(project.path / "sources", project.path / "elsewhere")
    project.makefile(".toml", claims='[[claim]]\nid = "a"\ntext = "12 people died in Malawi"\nexpect = "supported"\n')
    project.runpytest("--factcheck-sources", "elsewhere").assert_outcomes(passed=1)


def test_assertion_helpers_and_corpus_fixture(project):
    project.makepyfile(
        """
        from factcheck import assert_disputed, assert_supported, assert_unverifiable

        def test_helpers(factcheck_corpus):
            finding = assert_supported("about 1,200 tonnes of food aid", corpus=factcheck_corpus)
            assert finding.flags == ("approximate",)
            assert_disputed("The storm killed 84 people in Mozambique", corpus=factcheck_corpus)
            assert_unverifiable("12 people died in Zambia", corpus=factcheck_corpus)

        def test_helper_failure(factcheck_corpus):
            assert_supported("Aid arrived from Portugal, Brazil and Slovenia", corpus=factcheck_corpus)

        def test_default_corpus_is_dot_sources():
            assert_supported("12 people died in Malawi", sources=["ocha-2023-03-16-cyclone-mara"])
        """
    )
    result = project.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*ClaimAssertionError: claim:    Aid arrived from Portugal, Brazil and Slovenia",
            "*verdict:  disputed (expected supported)",
            "*Slovenia where the source has Slovakia*",
        ]
    )


def test_items_carry_their_line_their_kind_and_a_summary_line_that_starts_with_the_mismatch(project):
    (project.path / "storm.claims.toml").write_text(CLAIMS)
    items = project.getitems(project.path / "storm.claims.toml")
    by_name = {item.name: item for item in items}
    # reportinfo: the [[claim]] line (pytest counts from 0) and the id.
    assert by_name["deaths-mozambique"].location == ("storm.claims.toml", 1, "claim deaths-mozambique")
    assert by_name["wrong-title"].location[1] == 6
    assert {m.name for m in by_name["deaths-mozambique"].iter_markers()} == {"quantity"}
    assert {m.name for m in by_name["wrong-title"].iter_markers()} == {"attribution"}
    result = project.runpytest("-m", "quantity", "-rs")
    result.assert_outcomes(passed=1, skipped=1, deselected=1)
    # A claim without `expect` is skipped, saying why and what to do.
    result.stdout.fnmatch_lines(["SKIPPED*no `expect` for this claim*factcheck check --accept*"])
    failed = project.runpytest("-m", "attribution")
    failed.stdout.fnmatch_lines(["FAILED storm.claims.toml::wrong-title - disputed, expected supported"])


UNRELATED = """# The claims a JSON Web Token carries, for another tool's tests.
[claims]
iss = "https://issuer.example"
aud = ["api"]
"""


def test_an_unrelated_project_with_a_claims_toml_is_left_alone(pytester):
    pytester.makepyfile(test_app="def test_ok():\n    assert True\n")
    (pytester.path / "config").mkdir()
    (pytester.path / "config" / "claims.toml").write_text(UNRELATED)
    # Installed, the plugin is loaded by its entry point, as in any project.
    assert "factcheck" in pytester.parseconfig().pluginmanager.list_name_plugin().__repr__()
    with_plugin = pytester.runpytest()
    without = pytester.runpytest("-p", "no:factcheck")
    with_plugin.assert_outcomes(passed=1)
    without.assert_outcomes(passed=1)
    assert with_plugin.ret == without.ret == 0
    assert "claims.toml" not in with_plugin.stdout.str() and "ERROR" not in with_plugin.stdout.str()
    # Even a project that asks for claims files leaves a claims.toml with no [[claim]] table alone.
    opted = pytester.runpytest("--factcheck")
    opted.assert_outcomes(passed=1)


def test_a_project_opts_in_with_the_flag_too(pytester):
    shutil.copytree(FIXTURES / "cyclone", pytester.path / "sources")
    (pytester.path / "storm.claims.toml").write_text(CLAIMS)
    pytester.runpytest().assert_outcomes()  # no ini key, no flag: nothing collected
    pytester.runpytest("--factcheck").assert_outcomes(passed=1, failed=1, skipped=1)
