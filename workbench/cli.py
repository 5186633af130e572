"""The command line (PRODUCT.md): ``python main.py [WORKSPACE]`` and the headless commands.

Exit status: 0 success, 2 wrong usage, 1 any other failure with one ``error: …`` line on
stderr and never a traceback (``VOELSPRIET_DEBUG=1`` shows it, for developers).
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    from workbench.workspace.radar import Radar

COMMANDS = ("demo", "import", "export", "check", "screenshot", "radar")
#: The radar's table fits a terminal this wide.
TABLE_WIDTH = 100


class Failure(Exception):
    """A failure to report as one ``error:`` line."""


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1600x1000, got {text!r}")
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return w, h


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date such as 2020-05-15, got {text!r}")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py", description="Voelspriet — the facilitator's workbench.")
    p.add_argument("-V", "--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="write the demo workspace")
    demo.add_argument("out", metavar="OUT", type=Path)
    demo.add_argument("--stakeholders", type=_positive, metavar="N",
                      help="more than the demo's size: a seeded synthetic workspace of N")
    demo.add_argument("--language", choices=("nl", "en"),
                      help="the language of the demo's texts (default: the language the app "
                           "speaks here, from the system's locale)")
    imp = sub.add_parser("import", help="import .json (Voelspriet v1), .xlsx or .csv (Kumu-style), "
                                        ".graphml into a workspace (created when absent)")
    imp.add_argument("src", metavar="SRC", type=Path)
    imp.add_argument("--into", required=True, metavar="WORKSPACE", type=Path)
    exp = sub.add_parser("export", help="export a workspace (format by extension: .json, .xlsx, .graphml)")
    exp.add_argument("workspace", metavar="WORKSPACE", type=Path)
    exp.add_argument("--to", required=True, metavar="OUT", type=Path)
    check = sub.add_parser("check", help="integrity and schema; exit 0 healthy, 1 not")
    check.add_argument("workspace", metavar="WORKSPACE", type=Path)
    radar = sub.add_parser("radar", help="who needs attention now: the radar's ranked findings")
    radar.add_argument("workspace", metavar="WORKSPACE", type=Path)
    radar.add_argument("--today", type=_day, metavar="DATE",
                       help="the day to sense for, e.g. 2020-05-15 (default: the workspace's "
                            "as-of date when it has one, else today)")
    radar.add_argument("--json", action="store_true",
                       help="print a JSON list (ids, names, signals, action, score, why, evidence)")
    shot = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    shot.add_argument("workspace", metavar="WORKSPACE", type=Path)
    shot.add_argument("--out", required=True, metavar="PNG", type=Path)
    shot.add_argument("--select", metavar="ID", help="stakeholder to select")
    shot.add_argument("--size", type=_size, default=(1600, 1000), metavar="WxH")
    return p


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="main.py", usage="main.py [WORKSPACE] | main.py {%s} …" % ",".join(COMMANDS),
        description="Open Voelspriet on WORKSPACE (default: your default workspace).")
    p.add_argument("workspace", nargs="?", type=Path, metavar="WORKSPACE")
    return p


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.bootstrap import demo_dataset, ui_language, write_new_workspace

    _check_target(args.out)
    language = args.language or ui_language()
    store = write_new_workspace(args.out, demo_dataset(args.stakeholders, language))
    store.close()
    print(f"wrote {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import through the Workspace, as the app does: one transaction, the same summary."""
    from workbench.interchange.formats import read_any
    from workbench.store import open_store
    from workbench.store.database import new_workspace
    from workbench.workspace import EditRefused, ImportSummary, Workspace

    dataset = read_any(args.src)  # parse and validate everything before writing anything

    def run(workspace: Workspace) -> ImportSummary:
        try:
            return workspace.import_read(dataset, args.src)
        except EditRefused as exc:
            raise Failure(f"{args.src}: {exc}") from None
        finally:
            workspace.close()

    created = not args.into.exists()
    if created:  # all or nothing: built beside WORKSPACE, moved there when complete
        _check_target(args.into)
        name = dataset.workspace.name if dataset.workspace else args.src.stem
        with new_workspace(args.into, name=name) as store:
            summary = run(Workspace(store))
    else:
        summary = run(Workspace(open_store(args.into)))
    counts = ", ".join(f"{entity} +{summary.added[entity]} ~{summary.updated[entity]}"
                       for entity in summary.added if summary.added[entity] or summary.updated[entity])
    verb = "created" if created else "imported into"
    print(f"{verb} {args.into} from {args.src}" + (f" ({counts})" if counts else " (nothing changed)"))
    for reason in summary.skipped:
        print(f"skipped: {reason}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.interchange.formats import write_any
    from workbench.store import open_store, queries

    for _attempt in range(3):  # read only; again if the file changed while it was read
        store = open_store(args.workspace, read_only=True)
        try:
            with store.session() as s:
                dataset = queries.dataset(s)
        finally:
            store.close()
        if not store.changed():
            break
    write_any(dataset, args.to)
    print(f"wrote {args.to}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from workbench.store import check_workspace

    problems = check_workspace(args.workspace)
    if problems:
        for line in problems:
            print(f"error: {_one_line(line)}", file=sys.stderr)
        return 1
    print(f"{args.workspace}: healthy")
    return 0


def cmd_radar(args: argparse.Namespace) -> int:
    """The radar, read only (as export and check read: no lock, nothing written; the app
    may have the file open); read again if the file changed while it was read."""
    import json

    from workbench.store import open_store
    from workbench.workspace import Workspace
    from workbench.workspace.radar import radar

    for _attempt in range(3):
        store = open_store(args.workspace, read_only=True)
        workspace = Workspace(store)
        try:
            found = radar(workspace, args.today)
        finally:
            workspace.close()
        if not store.changed():
            break
    if args.json:
        text = json.dumps([f.to_json() for f in found.findings], ensure_ascii=False, indent=2)
        _write(text + "\n", "strict")
    else:
        _write(radar_table(found, args.workspace.name), "replace")
    return 0


def _write(text: str, errors: str) -> None:
    """*text* on stdout: JSON as UTF-8 whatever the terminal's encoding, the table in the
    terminal's encoding with what it cannot show replaced."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    encoding = "utf-8" if errors == "strict" else (sys.stdout.encoding or "utf-8")
    sys.stdout.flush()
    buffer.write(text.encode(encoding, errors))
    buffer.flush()


def radar_table(found: "Radar", name: str, width: int = TABLE_WIDTH) -> str:
    """The radar as a table no wider than *width*: per finding its rank, score, action and
    people, its signals below the people, then why, indented."""
    findings = found.findings
    if not findings:
        return f"{name}, {found.today.isoformat()}: nobody needs attention.\n"
    rank_width = len(str(len(findings)))
    action_width = max(len("action"), *(len(f.action.value) for f in findings))
    head = f"{'#':>{rank_width}}  score  {'action':<{action_width}}  "
    indent = " " * len(head)
    lines = [f"{name}, {found.today.isoformat()}: {len(findings)} "
             f"{'finding' if len(findings) == 1 else 'findings'}, most urgent first", "",
             head + "who (signals)"]
    for rank, finding in enumerate(findings, 1):
        lead = f"{rank:>{rank_width}}  {finding.score:>5.1f}  {finding.action.value:<{action_width}}  "
        # each name kept on one line where it fits (no break at its own spaces)
        who = ", ".join(n.replace(" ", "\xa0") for n in finding.names) or "(the facilitator's own)"
        lines += [""] + [line.replace("\xa0", " ") for line in
                         textwrap.wrap(who, width, initial_indent=lead, subsequent_indent=indent)]
        lines += textwrap.wrap(", ".join(s.value for s in finding.signals), width,
                               initial_indent=indent, subsequent_indent=indent)
        lines += textwrap.wrap(finding.why, width, initial_indent=" " * (rank_width + 4),
                               subsequent_indent=" " * (rank_width + 4))
    return "\n".join(lines) + "\n"


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.bootstrap import screenshot

    screenshot(args.workspace, args.out, args.size, args.select)
    print(f"wrote {args.out}")
    return 0


def _check_target(path: Path) -> None:
    if path.exists():
        raise Failure(f"{path}: already exists; choose another name or remove it first")
    if not path.parent.is_dir():
        raise Failure(f"{path}: its folder does not exist")


def _run(fn: Callable[[], int]) -> int:
    from workbench.interchange import InterchangeError
    from workbench.store import WorkspaceError

    try:
        return fn()
    except (Failure, WorkspaceError, InterchangeError, FileExistsError) as exc:
        message = str(exc)
    except OSError as exc:
        message = f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc)
    except KeyboardInterrupt:
        message = "interrupted"
    except Exception as exc:  # the promise: never a traceback on the command line
        if os.environ.get("VOELSPRIET_DEBUG"):
            traceback.print_exc()
        message = f"unexpected problem ({type(exc).__name__}: {exc})"
    print(f"error: {_one_line(message)}", file=sys.stderr)
    return 1


#: The longest error line the command line prints (a file's bad value is cut where it is
#: quoted; this catches whatever else would make a line of kilobytes).
MAX_ERROR = 500


def _one_line(message: str) -> str:
    line = " ".join(message.split("\n"))
    return line if len(line) <= MAX_ERROR else line[:MAX_ERROR - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        args = _parser().parse_args(argv)  # exits 2 on wrong usage
        handler = {"demo": cmd_demo, "import": cmd_import, "export": cmd_export,
                   "check": cmd_check, "screenshot": cmd_screenshot, "radar": cmd_radar}[args.command]
        return _run(lambda: handler(args))
    if argv and argv[0] in ("-h", "--help"):
        _parser().print_help()
        return 0
    if argv and argv[0] in ("--version", "-V"):
        if len(argv) > 1:
            print(f"error: --version takes no arguments, got {argv[1]!r}", file=sys.stderr)
            return 2
        from workbench import version

        print(f"Voelspriet {version()}")
        return 0
    args = _app_parser().parse_args(argv)
    from workbench.bootstrap import run_app

    return _run(lambda: run_app(args.workspace))
