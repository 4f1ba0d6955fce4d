"""The package type-checks: mypy with the pydantic plugin, as configured in pyproject.toml."""

from __future__ import annotations

import pytest

from .conftest import ROOT

api = pytest.importorskip("mypy.api", reason="mypy is in the test extra: pip install -e '.[test]'")


def test_the_package_is_mypy_clean():
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), str(ROOT / "writer")])
    assert status == 0, out + err
