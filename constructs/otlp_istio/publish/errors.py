"""Errors of the publish step: the environment repository could not be read or updated."""
from __future__ import annotations

from ..errors import UserError

EXIT_REPOSITORY = 4  # unreachable, missing branch, push refused: nothing was pushed


class PublishError(UserError):
    """A problem with the environment repository. The message is already redacted."""

    exit_code = EXIT_REPOSITORY
