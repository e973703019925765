"""Run one command: errors become one line on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import argparse
import logging
import sys

from app.cli.context import CliContext
from app.domain.errors import ConvivioError, EnvironmentProblem, ValidationError

log = logging.getLogger(__name__)
EXIT_ERROR = 2


def run(args: argparse.Namespace) -> int:
    ctx = CliContext(args)
    try:
        status: int = args.func(args, ctx)
        return status
    except ValidationError as error:
        sys.stderr.write(f"convivio: error: {error.message}\n")
    except EnvironmentProblem as error:
        sys.stderr.write(f"convivio: error: {error.message}\n")
        if error.details:
            log.info("details: %s", error.details)
    except ConvivioError as error:
        sys.stderr.write(f"convivio: error: {error}\n")
    except InterruptedError:
        sys.stderr.write("convivio: interrupted; nothing was changed\n")
    except KeyboardInterrupt:
        sys.stderr.write("convivio: interrupted; nothing was changed\n")
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()
    return EXIT_ERROR
