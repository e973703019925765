"""Plain-Python rules of Convivio: values, enums and errors, no I/O and no Qt."""
