"""``python -m careflow_local.services up|down|status [service ...]`` (same as the careflow CLI)."""

from __future__ import annotations

import argparse
import sys

from . import SERVICE_NAMES, ServiceError, down, print_status, up


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m careflow_local.services")
    parser.add_argument("command", choices=("up", "down", "status"))
    parser.add_argument(
        "services", nargs="*", help=f"any of {', '.join(SERVICE_NAMES)} (default: all)"
    )
    parser.add_argument("--no-localstack", action="store_true", help="up: leave LocalStack out")
    args = parser.parse_args(argv)
    only = list(args.services) or None
    try:
        if args.command == "up":
            up(only, with_localstack=not args.no_localstack)
        elif args.command == "down":
            down(only)
        else:
            print_status()
    except (ServiceError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
