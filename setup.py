"""Build hook: the wheel carries the offline schemas (``schemas/``) inside the package.

``schemas/`` stays at the top of the project (``make schemas`` writes it, the tests and
kubeconform read it there); a built wheel gets a copy at ``otlp_istio/schemas/``, which
:func:`otlp_istio.validate.registry.schemas_dir` prefers, so an installed ``otlp-istio``
validates without a checkout. Everything else is declared in ``pyproject.toml``.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithSchemas(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads schemas/ from the checkout
        target = Path(self.build_lib) / "otlp_istio" / "schemas"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "schemas", target)


setup(cmdclass={"build_py": BuildPyWithSchemas})
