"""Build hook: the wheel carries the offline schemas (``schemas/``) inside the package.

``schemas/`` stays at the top of the project (``make schemas`` writes it, the tests and
kubeconform read it there); a built wheel gets a copy at ``otlp_istio/schemas/``, which
:func:`otlp_istio.validate.registry.schemas_dir` prefers, so an installed ``otlp-istio``
validates without a checkout. It also carries the caches the command loads ``imports/``
from (``otlp_istio.generated.loader``: the structs-only code, the jsii tables), written
here as ``make setup`` writes them in a checkout, for the Python that builds the wheel;
they are validated by size and hash, as pip gives the files new times. Everything else
is declared in ``pyproject.toml``.
"""
import shutil
import sys
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
        sys.path.insert(0, str(ROOT / "constructs"))
        try:
            from otlp_istio.generated.loader import precompile
        finally:
            sys.path.remove(str(ROOT / "constructs"))
        precompile(Path(self.build_lib) / "imports")


setup(cmdclass={"build_py": BuildPyWithSchemas})
