"""Dependencies point one way (docs/architecture.md): the site above the apps, the core below.

Read from the source, so an import inside a function counts as much as one at the top."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each package and the packages of the project it may import; any other is a cycle to be.
ALLOWED = {
    "eprm_hub": set(),
    "resources": {"eprm_hub"},
    "members": {"eprm_hub", "resources"},
    "guidance": {"eprm_hub", "resources", "members"},
    "projects": {"eprm_hub", "resources", "members"},
    "alerts": {"eprm_hub", "resources", "members"},
    "config": {"eprm_hub", "resources", "members", "guidance", "projects", "alerts"},
}


def imported_packages(path):
    """The top-level packages a module imports (relative imports stay in its package)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_the_packages_below_it(package):
    wrong = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        others = (imported_packages(path) & set(ALLOWED)) - ALLOWED[package] - {package}
        if others:
            wrong[str(path.relative_to(ROOT))] = sorted(others)
    assert not wrong, f"imports against the layering: {wrong}"


def test_the_scan_sees_imports_anywhere_in_a_module(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "import json\nfrom . import sibling\n"
        "def f():\n    from members.models import Organisation\n    import projects.iati\n"
    )
    assert imported_packages(module) == {"json", "members", "projects"}
