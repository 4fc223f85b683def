"""`envol`: the GUI when called bare, and headless commands for organisers' scripts and servers.

Each feature adds one module here exposing `register(subparsers)`; its handlers take the parsed
arguments and return an exit code. The GUI and these commands call the same services.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from core import __version__
from core.errors import EnvolError
from desktop.messages import describe

# One module per feature, in the order `--help` lists them.
COMMAND_MODULES = ["desktop.cli.workspace_commands", "desktop.cli.agenda_commands", "desktop.cli.sync_commands", "desktop.cli.registration_commands",
                   "desktop.cli.print_commands", "desktop.cli.checkin_commands", "desktop.cli.exchange_commands"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="envol",
        description="Envol : accueil, agenda, inscriptions et impressions des événements ESS. "
        "Sans commande, ouvre l'application.",
    )
    parser.add_argument("--version", action="version", version=f"envol {__version__}")
    parser.add_argument("--demo", action="store_true", help="ouvrir l'espace de démonstration")
    parser.add_argument("--workspace", "-w", metavar="FICHIER", help="ouvrir cet espace de travail (.envol)")
    parser.add_argument("--lang", choices=["fr", "en"], help="langue de l'interface (par défaut : fr)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def opened_file(argv: Sequence[str]) -> list[str]:
    """`envol FILE.envol` opens that workspace: what a double-click on a workspace file (or a drop on the icon)
    passes to the program, on Windows through the file association and on Linux through the .desktop entry."""
    if len(argv) == 1 and argv[0].lower().endswith(".envol") and not argv[0].startswith("-"):
        return ["--workspace", argv[0]]
    return list(argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(opened_file(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        from desktop.app import run_gui  # Qt only when a window is wanted

        return run_gui(demo=args.demo, workspace=args.workspace, language=args.lang)
    try:
        code: int = args.handler(args)
        return code
    except EnvolError as error:
        print(f"envol : {describe(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `envol participants … | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
