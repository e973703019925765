"""`python -m app` starts Convivio like the `convivio` command."""

from app.bootstrap import main

raise SystemExit(main())
