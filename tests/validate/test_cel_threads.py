"""CEL evaluation with the Kubernetes functions from several threads at once: each
evaluation sees its own errors only."""
from __future__ import annotations

import sys
import threading

from otlp_istio.validate.cel_rules import CelEvaluationError, evaluate_expression

RULE = 'url(self).getScheme() == "https"'


def test_errors_of_one_thread_never_reach_another():
    outcomes: dict[str, list] = {"good": [], "bad": []}
    barrier = threading.Barrier(4)

    def work(kind: str, value: str) -> None:
        barrier.wait()
        for _ in range(300):
            try:
                outcomes[kind].append(evaluate_expression(RULE, value))
            except CelEvaluationError as exc:
                outcomes[kind].append(str(exc))

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        threads = [threading.Thread(target=work, args=args) for args in
                   [("good", "https://example.com/a"), ("bad", "not a url"),
                    ("good", "https://example.com/b"), ("bad", "not a url")]]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert outcomes["good"] == [True] * 600
    assert len(outcomes["bad"]) == 600 and len(set(outcomes["bad"])) == 1
    assert outcomes["bad"][0] == "URL parse error during conversion from string: invalid URI for request"
