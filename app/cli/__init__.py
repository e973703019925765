"""The command line: scripting and tests use it; no command here opens a window."""
