"""Node.js, which jsii needs: the generated Istio / Flux / Prometheus classes load their
JavaScript assemblies into jsii's kernel (a Node process) when they are imported.

In a checkout, the package points jsii at the project's own Node 22 (``node_modules/``);
installed from a wheel, jsii runs ``$JSII_NODE`` or ``node`` from ``PATH``. When neither
exists, the user gets one clear line (exit 2) instead of a crash inside jsii.
"""
from __future__ import annotations

import os
import shutil

from .errors import UserError


def require_node() -> str:
    """The Node binary jsii will run; a :class:`UserError` saying how to get one when there is none."""
    configured = os.environ.get("JSII_NODE")
    if configured:
        found = shutil.which(configured)
        if found:
            return found
        raise UserError(f"$JSII_NODE={configured} is not an executable; point it at Node.js 22 or later, or unset it "
                        "to use `node` from PATH")
    found = shutil.which("node")
    if found:
        return found
    raise UserError("Node.js not found: rendering loads the generated Istio classes through jsii, which runs Node.js "
                    "(22 or later; 20 works with an end-of-life warning). Install it (https://nodejs.org/, or your "
                    "package manager's nodejs) so that `node` is on PATH, or set $JSII_NODE to its path")
