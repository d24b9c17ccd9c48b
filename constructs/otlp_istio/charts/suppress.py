"""An object's ``suppress`` codes, as the analyzer's suppress annotation on what it renders."""
from __future__ import annotations

from ..constructs import Construct
from ..findings import SUPPRESS_ANNOTATION


def suppress(construct: Construct, codes: list[str]) -> None:
    """The resource's ``suppress`` codes as the analyzer's suppress annotation (as istioctl reads it)."""
    if codes:
        construct.resource.metadata.annotations[SUPPRESS_ANNOTATION] = ",".join(dict.fromkeys(codes))
