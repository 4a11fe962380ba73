"""``python -m codegen [--out DIR] [--check]``: regenerate ``generated/`` from ``schema/``."""

import sys

from codegen.generate import main

sys.exit(main())
