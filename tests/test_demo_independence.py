"""No test module outside the pack tests names the demo (tests/demo_references.py)."""

from tests.demo_references import demo_pattern, names_the_demo, references


def test_no_test_module_outside_the_pack_tests_names_the_demo():
    found = references()
    assert not found, f"Build the data in the test instead of naming the demo's (references per module): {found}"


def test_the_check_sees_a_demo_address_and_code_but_not_a_sentence():
    pattern = demo_pattern()
    assert names_the_demo("/id/desa-binaan/desa-citeko/", pattern)
    assert names_the_demo("32.14.04.2006", pattern)
    assert not names_the_demo("Kebijakan privasi kantor", pattern)
    assert not names_the_demo("/id/program-desa/desa-sukamaju/", pattern)
