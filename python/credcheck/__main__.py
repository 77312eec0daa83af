"""`python -m credcheck`: the CLI."""

from .cli import main

main()
