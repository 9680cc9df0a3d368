"""The desk's local SQLite database: cases, overlay of pending actions, outbox, search (issue 3)."""
