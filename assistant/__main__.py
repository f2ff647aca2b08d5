"""`python -m assistant` is the `shenbao` command."""

from assistant.app.cli import main

main()
