"""The reference server of the remote function endpoint (the ``[server]`` extra).

``app`` builds the Starlette app from route groups; ``http`` holds the problem documents, the
bearer token, body reading and request checks; ``functions`` loads and calls functions;
``runner`` runs them in worker processes; ``playground`` serves the check endpoints, the page
and the API docs; ``state`` is what the routes serve.
"""
