"""The environment file: pydantic models, cross-reference rules, the loader."""
from .loader import Environment, load_environment, load_environments
from .models import EnvironmentConfig

__all__ = ["Environment", "EnvironmentConfig", "load_environment", "load_environments"]
