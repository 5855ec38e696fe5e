"""`python -m rassegna ...` is the `rassegna` command."""
from .cli import main

main()
