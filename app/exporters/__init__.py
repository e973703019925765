"""Qt-free exporters and importers: they work on plain values, never on widgets or sessions."""
