"""Use cases over a database session. No Qt widgets here."""
