"""Tools for function authors, on top of the core: lint, the agent configuration, explain,
the static check of function source, and the ``@checked`` decorator."""
