"""One main-window area each."""
