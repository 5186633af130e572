"""Run-time resources (the demo data, the translations), installed as ``workbench.resources``.

The folder stays at the top of the project; pyproject.toml maps it onto the package
``workbench.resources`` (``[tool.setuptools.package-dir]``), so the wheel and the editable
install both carry it. Read the files with ``importlib.resources.files("workbench.resources")``,
never with a path relative to the source tree. This file makes it a regular package, whose
``files()`` is a plain directory on disk.
"""
