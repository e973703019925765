"""Entry point of the frozen app: the same as the `convivio` console script."""

from app.bootstrap import main

raise SystemExit(main())
