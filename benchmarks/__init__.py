"""Speed and memory targets, run by `make bench`; figures are printed, never asserted in tests."""
