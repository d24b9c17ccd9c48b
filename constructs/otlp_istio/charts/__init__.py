"""Charts: one per environment, composing the L2 constructs from its config."""
from .environment import EnvironmentChart

__all__ = ["EnvironmentChart"]
