"""The user's project: its configuration files and the files a run should check."""
