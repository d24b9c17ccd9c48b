"""cdk8s app: what `cdk8s synth` runs (see cdk8s.yaml).

Builds one cdk8s Chart per environment file (environments/, or $OTLP_ISTIO_CONFIG_DIR)
from the classes generated into imports/, and writes the same files as
`otlp-istio synth`: dist/<env>/<kind>-<name>.yaml (the folder cdk8s names in
$CDK8S_OUTDIR, default dist).
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# `constructs/` is a source root (never a package: it would shadow the constructs library).
sys.path.insert(0, str(ROOT / "constructs"))
sys.path.insert(1, str(ROOT))

from otlp_istio.cli import main as cli_main  # noqa: E402
from otlp_istio.config import load_environments  # noqa: E402
from otlp_istio.errors import UserError  # noqa: E402
from otlp_istio.synth import sources_of, write_owned  # noqa: E402
from otlp_istio.synth.cdk8s_app import render_with_cdk8s  # noqa: E402


def synth() -> int:
    config_dir = Path(os.environ.get("OTLP_ISTIO_CONFIG_DIR", ROOT / "environments"))
    out_dir = Path(os.environ.get("CDK8S_OUTDIR", ROOT / "dist"))
    try:
        envs = load_environments(config_dir)
        rendered = render_with_cdk8s(envs)
    except UserError as exc:
        print(exc.render(), file=sys.stderr)
        return exc.exit_code
    written = write_owned(out_dir, rendered, sources_of(envs))
    (out_dir / ".gitkeep").touch()
    for name in sorted(rendered):
        print(f"{name}: {len(rendered[name])} files -> {out_dir / name}/")
    for r in written.removed:
        print(f"{r.env}: removed {r.folder}/ (its environment file {r.file} is gone)")
    for note in written.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(synth() if len(sys.argv) == 1 else cli_main(sys.argv[1:]))
