"""Progressive delivery through git: the collector's traffic moves to a new version by commits.

Split as Flagger splits its controller, one job per module:

* :mod:`.routing`    - who gets which weight: the collector routes rendered from the state;
* :mod:`.metrics`    - the canary's requests, errors and latency from Istio's telemetry in Prometheus;
* :mod:`.decision`   - the scheduler's decision, a pure function (advance, wait, roll back, promote);
* :mod:`.state`      - the rollout state, a file beside the environment's folder;
* :mod:`.store`      - reading the tip and committing onto it through publish's git plumbing;
* :mod:`.rollout`    - the commands' logic (start, step, promote, rollback);
* :mod:`.publishing` - what ``publish`` keeps from a running rollout;
* :mod:`.report`     - status as text, JSON and Markdown (with a Mermaid chart);
* :mod:`.watch`      - stepping every interval with a live display.
"""
