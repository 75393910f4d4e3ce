"""``python -m strikewatch``: the same as the ``strikewatch`` command."""

from strikewatch.cli import main

main()
