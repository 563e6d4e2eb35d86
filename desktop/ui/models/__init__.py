"""Qt table models over the services (no widgets): what a view shows, loaded as it scrolls."""
