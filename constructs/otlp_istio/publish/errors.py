"""Errors of the publish step: the environment repository could not be read or updated."""
from __future__ import annotations

from ..errors import EXIT_UNREACHABLE, UserError

EXIT_REPOSITORY = EXIT_UNREACHABLE  # unreachable, missing branch, push refused: nothing was pushed


class PublishError(UserError):
    """A problem with the environment repository. The message is already redacted."""

    exit_code = EXIT_REPOSITORY
