"""The platform's runtime, locally: projects in the platform's layout, ``conv`` and ``flow``.

``project`` loads a project and runs one call; ``conversation`` builds ``conv`` and ``flow``
and records what a function does (effects, state); ``gen`` gives the names of the generated
header (``from _gen import *``); ``functions`` reads parameters and fits arguments;
``capture`` collects a call's logs; ``errors`` holds what the runtime raises. Used by the
server's workers and by ``function_return.testing``; imports no server library.
"""
