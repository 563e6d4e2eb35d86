"""Qt widgets. Talks to desktop.services only; never opens a session or writes SQL."""
