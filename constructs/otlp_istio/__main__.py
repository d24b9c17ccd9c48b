"""``python -m otlp_istio`` is the ``otlp-istio`` command."""
from otlp_istio.cli import run

run()
