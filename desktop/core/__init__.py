"""Rules of the domain with no Qt and no database: plain functions and dataclasses."""
