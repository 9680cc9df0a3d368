"""Use cases shared by the GUI and the CLI: open a queue, reply, reassign, sync now (issue 3)."""
