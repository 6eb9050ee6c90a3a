"""`python -m analyser` runs the command line."""

import sys

from analyser.cli import main

sys.exit(main())
