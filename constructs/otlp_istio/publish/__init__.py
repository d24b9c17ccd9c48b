"""GitOps publishing: rendered YAML → one commit on the environment repository that Flux reconciles.

* :mod:`.layout` - where each environment lives (the flux layout, or one folder), ``kustomization.yaml``;
* :mod:`.inventory` - ownership: the files publish wrote, recorded in a committed inventory;
* :mod:`.options` - publish's options as the commands take them (--repo, --branch, --path), the default repository;
* :mod:`.flux_checks` - the environment files against publish's options (--path, --layout, the URL);
* :mod:`.remote`, :mod:`.redact` - the repository URL, credentials, and keeping them out of output;
* :mod:`.trees` - git trees built in the object database (no work tree, no index);
* :mod:`.gitrepo` - the bare cache, its lock, ls-remote / fetch / push;
* :mod:`.changes` - the change set, resource by resource, and the commit message;
* :mod:`.publisher` - the publish loop (commit only when something changed, retry on a race), retire;
* :mod:`.report` - text, Markdown and JSON renderings of a change set.
"""
from .changes import Action, ChangeSet, EnvChanges, ResourceChange
from .errors import EXIT_REPOSITORY, PublishError
from .layout import DEFAULT_PATH_TEMPLATE, EnvLayout, Layout, env_layout, env_path
from .publisher import MAX_ATTEMPTS, PublishOptions, PublishResult, diff, publish, retire
from .remote import Remote, parse_remote

__all__ = [
    "Action", "ChangeSet", "DEFAULT_PATH_TEMPLATE", "EXIT_REPOSITORY", "EnvChanges", "EnvLayout", "Layout",
    "MAX_ATTEMPTS", "PublishError", "PublishOptions", "PublishResult", "Remote", "ResourceChange", "diff",
    "env_layout", "env_path", "parse_remote", "publish", "retire",
]
