"""Loading and rendering shared out over forked workers (``otlp_istio.parallel``), in real processes.

Each test runs a fresh interpreter (``python -c`` or the console script), where nothing has
started jsii's kernel, so the workers really fork; the trace hook tells their pids.
"""
from __future__ import annotations

import os
import signal
import subprocess
import textwrap
import time
from pathlib import Path

from tests.conftest import CLI, MINIMAL, ROOT

PYTHON = ROOT / ".venv" / "bin" / "python"


def _python(code: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(PYTHON), "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": f"{ROOT / 'constructs'}:{ROOT}", **(env or {})})


def _worker_pids(trace: Path) -> list[int]:
    if not trace.exists():
        return []
    return [int(line.split()[0]) for line in trace.read_text().splitlines() if line.endswith(" render-worker")]


def _alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def _wait_for_workers(trace: Path, count: int, proc: subprocess.Popen, timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = _worker_pids(trace)
        if len(pids) >= count:
            return pids
        if proc.poll() is not None:
            raise AssertionError(f"ended before {count} workers started: {proc.communicate()}")
        time.sleep(0.02)
    raise AssertionError(f"{count} workers never started")


def _environments(folder: Path, count: int, broken: tuple[int, ...] = ()) -> Path:
    folder.mkdir()
    for i in range(count):
        text = MINIMAL + f"tracing: {{sampling_rate: 0.{i + 1}}}\n"
        if i in broken:
            text += f"colector_image: typo-{i}\n"
        (folder / f"env-{i:02d}.yaml").write_text(text)
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_answers_come_back_in_order_from_every_process(tmp_path):
    # GIVEN seven items shared out over three processes
    done = _python("""
        import os
        from otlp_istio.parallel import map_shared
        parent = os.getpid()
        got = map_shared(list("abcdefg"), lambda item: (item * 2, os.getpid() == parent, os.getpid()), jobs=3)
        print([g[:2] for g in got])
        print(len({g[2] for g in got}))
    """)
    # THEN every answer is in the items' order, the first share computed here, the others by two workers
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "[('aa', True), ('bb', False), ('cc', False), ('dd', True), ('ee', False), ('ff', False), ('gg', True)]",
        "3"]


def test_a_failing_worker_only_costs_time(tmp_path):
    # GIVEN a function that kills any worker computing it (an exit, as a crash or the OOM killer would)
    done = _python("""
        import os
        from otlp_istio.parallel import map_shared
        parent = os.getpid()
        def square(n):
            if os.getpid() != parent and n == 3:
                os._exit(9)
            return n * n
        print(map_shared(list(range(6)), square, jobs=2))
    """)
    # THEN the failed worker's share is computed here: the answer is whole
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[0, 1, 4, 9, 16, 25]\n"


def test_an_error_here_stops_and_reaps_every_worker(tmp_path):
    # GIVEN workers held at their start, and this process's own share failing
    trace = tmp_path / "trace"
    proc = subprocess.Popen([str(PYTHON), "-c", textwrap.dedent("""
        import os, time
        from otlp_istio.parallel import map_shared
        parent, trace = os.getpid(), os.environ["OTLP_ISTIO_TEST_TRACE"]
        def fail_here(n):
            if os.getpid() == parent:
                while not os.path.exists(trace) or len(open(trace).readlines()) < 2:
                    time.sleep(0.01)  # both workers are paused at their start
                raise ValueError(f"bad item {n}")
            return n
        try:
            map_shared(list(range(6)), fail_here, jobs=3)
        except ValueError as exc:
            print("raised:", exc)
    """)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'constructs'}:{ROOT}", "OTLP_ISTIO_TEST_TRACE": str(trace),
             "OTLP_ISTIO_TEST_PAUSE": "render-worker:300"})
    out, err = proc.communicate(timeout=120)
    # THEN the error goes on at once (the workers, paused for minutes, were killed, not awaited)
    assert proc.returncode == 0, err
    assert out == "raised: bad item 0\n"
    pids = _worker_pids(trace)
    assert len(pids) == 2 and all(not _alive(pid) for pid in pids)


def test_synth_output_is_the_same_with_workers_and_without(tmp_path):
    # GIVEN six environments
    config = _environments(tmp_path / "environments", 6)
    trace = tmp_path / "trace"
    # WHEN synthesized by three processes, and by one
    shared = subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(tmp_path / "shared")],
                            capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "OTLP_ISTIO_JOBS": "3", "OTLP_ISTIO_TEST_TRACE": str(trace)})
    alone = subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(tmp_path / "alone")],
                           capture_output=True, text=True, cwd=ROOT, env={**os.environ, "OTLP_ISTIO_JOBS": "1"})
    # THEN two workers did part of the work, and the files are byte for byte the same
    assert (shared.returncode, alone.returncode) == (0, 0), (shared.stderr, alone.stderr)
    assert len(set(_worker_pids(trace))) == 2
    assert _tree(tmp_path / "shared") == _tree(tmp_path / "alone")
    assert len(_tree(tmp_path / "alone")) >= 6 * 5
    # the same report but for the folder's name and the time
    assert shared.stdout.replace("/shared/", "/alone/").splitlines()[:-1] == alone.stdout.splitlines()[:-1]


def test_errors_of_every_process_are_reported_as_in_one(tmp_path):
    # GIVEN errors in environments of every share
    config = _environments(tmp_path / "environments", 6, broken=(0, 1, 2, 5))
    runs = {}
    for jobs in ("1", "3"):
        runs[jobs] = subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(tmp_path / jobs)],
                                    capture_output=True, text=True, cwd=ROOT,
                                    env={**os.environ, "OTLP_ISTIO_JOBS": jobs})
    # THEN the same problems in the same order, exit 2, and nothing written
    assert runs["3"].returncode == runs["1"].returncode == 2
    assert runs["3"].stderr == runs["1"].stderr
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in runs["3"].stderr.splitlines() if "colector_image" in line] == [
        "env-00.yaml", "env-01.yaml", "env-02.yaml", "env-05.yaml"]
    assert not (tmp_path / "3").exists()


def test_a_killed_worker_leaves_the_run_whole(tmp_path):
    # GIVEN a run whose worker is held at its start
    config = _environments(tmp_path / "environments", 4)
    trace, out = tmp_path / "trace", tmp_path / "out"
    proc = subprocess.Popen([str(CLI), "synth", "-c", str(config), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OTLP_ISTIO_JOBS": "2", "OTLP_ISTIO_TEST_TRACE": str(trace),
                                 "OTLP_ISTIO_TEST_PAUSE": "render-worker:300"})
    [worker] = _wait_for_workers(trace, 1, proc)
    # WHEN the worker is killed
    os.kill(worker, signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    # THEN the run renders the worker's share itself and writes everything, as one process would
    assert proc.returncode == 0, err
    alone = subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(tmp_path / "alone")],
                           capture_output=True, cwd=ROOT, env={**os.environ, "OTLP_ISTIO_JOBS": "1"})
    assert alone.returncode == 0
    assert _tree(out) == _tree(tmp_path / "alone")


def test_interrupting_the_run_stops_its_workers_and_writes_nothing(tmp_path):
    # GIVEN a run whose two workers are held at their start, over an OUT written before
    config = _environments(tmp_path / "environments", 6)
    out = tmp_path / "out"
    first = subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(out)], capture_output=True, cwd=ROOT)
    assert first.returncode == 0
    before = _tree(out)
    (config / "env-00.yaml").write_text(MINIMAL + "tracing: {sampling_rate: 0.99}\n")
    trace = tmp_path / "trace"
    proc = subprocess.Popen([str(CLI), "synth", "-c", str(config), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OTLP_ISTIO_JOBS": "3", "OTLP_ISTIO_TEST_TRACE": str(trace),
                                 "OTLP_ISTIO_TEST_PAUSE": "render-worker:300"})
    workers = _wait_for_workers(trace, 2, proc)
    # WHEN the run (not its workers) gets SIGINT, as from Ctrl-C
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    # THEN it ends at once with 130, its workers are gone, and OUT is as it was
    assert proc.returncode == 130, err
    assert err.endswith("otlp-istio: interrupted\n")
    assert all(not _alive(pid) for pid in workers)
    assert _tree(out) == before


def test_a_bad_jobs_value_is_a_usage_error(tmp_path):
    config = _environments(tmp_path / "environments", 2)
    done = subprocess.run([str(CLI), "synth", "-c", str(config), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "OTLP_ISTIO_JOBS": "two"})
    assert done.returncode == 2
    assert "OTLP_ISTIO_JOBS='two': give the number of processes that render, a whole number from 1" in done.stderr
    assert not (tmp_path / "out").exists()


def test_every_process_gets_two_items_at_least_and_one_job_means_no_worker(tmp_path):
    trace = tmp_path / "trace"
    done = _python("""
        from otlp_istio.parallel import map_shared
        print(map_shared([1, 2, 3], lambda n: -n, jobs=8), map_shared([1, 2, 3, 4, 5], lambda n: -n, jobs=8),
              map_shared([1, 2, 3, 4], lambda n: -n, jobs=1))
    """, env={"OTLP_ISTIO_TEST_TRACE": str(trace)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[-1, -2, -3] [-1, -2, -3, -4, -5] [-1, -2, -3, -4]\n"
    assert len(_worker_pids(trace)) == 1  # only the five items were shared, by two processes
