"""The command line (PRODUCT.md): ``python main.py [WORKSPACE]`` and the headless commands.

Exit status: 0 success, 2 wrong usage, 1 any other failure with one ``error: …`` line on
stderr and never a traceback (``VOELSPRIET_DEBUG=1`` shows it, for developers).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import textwrap
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

# numpy's OpenBLAS starts one thread per core when numpy is imported; the app's arrays are
# element-wise and its few matrix products tiny, so one thread does, and a start is ~20 ms
# (more with more cores) quicker. A value the user set wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

if TYPE_CHECKING:
    from workbench.workspace.privacy import Erasure
    from workbench.workspace.radar import Radar

COMMANDS = ("demo", "import", "export", "check", "screenshot", "radar", "brief", "erase", "encrypt",
            "decrypt")
#: Where the command line takes an encrypted workspace's passphrase from (else it asks on
#: the terminal); never from an argument, which other users of the computer could read.
PASSPHRASE_VARIABLE = "VOELSPRIET_PASSPHRASE"
#: Said before a passphrase is set, and after.
LOST_PASSPHRASE = ("keep the passphrase safe: without it nobody can open this workspace or its "
                   "backups again, you neither; there is no way to recover it")
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
    exp.add_argument("--person", metavar="ID",
                     help="everything held about this stakeholder only (OUT must be .json)")
    erase = sub.add_parser("erase", help="erase a person everywhere, unrecoverably (cannot be undone)")
    erase.add_argument("workspace", metavar="WORKSPACE", type=Path)
    erase.add_argument("--person", required=True, metavar="ID", help="the stakeholder's id")
    erase.add_argument("--yes", action="store_true", help="do not ask: erase")
    erase.add_argument("--delete-backups", action="store_true",
                       help="also delete the workspace's backups made before now (they still hold the person)")
    check = sub.add_parser("check", help="integrity and schema; exit 0 healthy, 1 not")
    check.add_argument("workspace", metavar="WORKSPACE", type=Path)
    radar = sub.add_parser("radar", help="who needs attention now: the radar's ranked findings")
    radar.add_argument("workspace", metavar="WORKSPACE", type=Path)
    radar.add_argument("--today", type=_day, metavar="DATE",
                       help="the day to sense for, e.g. 2020-05-15 (default: the workspace's "
                            "as-of date when it has one, else today)")
    radar.add_argument("--json", action="store_true",
                       help="print a JSON list (ids, names, signals, action, score, why, evidence)")
    brief = sub.add_parser("brief", help="a session's brief as a PDF (A4, in the language the app speaks here)")
    brief.add_argument("workspace", metavar="WORKSPACE", type=Path)
    brief.add_argument("--session", required=True, metavar="ID|next",
                       help="the session's id, or 'next': the first session on or after today")
    brief.add_argument("--today", type=_day, metavar="DATE",
                       help="the day the brief is made on, e.g. 2020-05-15 (default: the workspace's "
                            "as-of date when it has one, else today)")
    brief.add_argument("--out", required=True, metavar="OUT.pdf", type=Path)
    brief.add_argument("--without-notes", action="store_true",
                       help="leave out the private notes and the wording of doubts")
    shot = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    shot.add_argument("workspace", metavar="WORKSPACE", type=Path)
    shot.add_argument("--out", required=True, metavar="PNG", type=Path)
    shot.add_argument("--select", metavar="ID", help="stakeholder to select")
    shot.add_argument("--size", type=_size, default=(1600, 1000), metavar="WxH")
    enc = sub.add_parser("encrypt", help="encrypt a workspace in place with a passphrase (from "
                                         f"{PASSPHRASE_VARIABLE}, else asked on the terminal)")
    enc.add_argument("workspace", metavar="WORKSPACE", type=Path)
    dec = sub.add_parser("decrypt", help="remove a workspace's encryption, in place (its passphrase "
                                         f"from {PASSPHRASE_VARIABLE}, else asked on the terminal)")
    dec.add_argument("workspace", metavar="WORKSPACE", type=Path)
    p.epilog = (f"An encrypted workspace's passphrase is read from {PASSPHRASE_VARIABLE}, else asked "
                "on the terminal.")
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
        summary = run(Workspace(open_store(args.into, passphrase=_passphrase(args.into))))
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

    if args.person is not None:
        return _export_person(args)

    passphrase = _passphrase(args.workspace)
    for _attempt in range(3):  # read only; again if the file changed while it was read
        store = open_store(args.workspace, read_only=True, passphrase=passphrase)
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


def _export_person(args: argparse.Namespace) -> int:
    """``export WORKSPACE --person ID --to OUT.json``: everything held about one person."""
    from workbench.store import open_store
    from workbench.workspace import Workspace
    from workbench.workspace.privacy import ErasureRefused, export_person

    if args.to.suffix.lower() != ".json":
        raise Failure(f"{args.to}: everything about a person is written as Voelspriet JSON; "
                      "give the file a .json name")
    passphrase = _passphrase(args.workspace)
    for _attempt in range(3):  # read only; again if the file changed while it was read
        store = open_store(args.workspace, read_only=True, passphrase=passphrase)
        workspace = Workspace(store)
        try:
            data = export_person(workspace, args.person, args.to)
        except ErasureRefused as exc:
            raise Failure(f"{args.workspace}: {exc}") from None
        finally:
            workspace.close()
        if not store.changed():
            break
    d = data.dataset
    print(f"wrote {args.to} (everything about {d.stakeholders[0].name}: {len(d.relations)} relations, "
          f"{len(d.readings)} readings, {len(d.interactions)} contacts, {len(d.sessions)} sessions)")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase a person everywhere, unrecoverably: asks first on a terminal (``--yes`` does
    not ask; without a terminal ``--yes`` is required)."""
    from workbench.store import open_store
    from workbench.workspace import Workspace
    from workbench.workspace.backups import delete_backups, make_backup, older_backups
    from workbench.workspace.privacy import ErasureRefused, erase_person, erasure_preview

    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not args.yes and not interactive:
        raise Failure("erasing cannot be undone; add --yes to confirm (there is no terminal to ask on)")
    passphrase = _passphrase(args.workspace)
    _check_erasable(args.workspace, args.person, passphrase)  # refused before a byte is written
    workspace = Workspace(open_store(args.workspace, passphrase=passphrase))  # locked: not while a window has it
    try:
        try:
            plan = erasure_preview(workspace, args.person)
        except ErasureRefused as exc:
            raise Failure(f"{args.workspace}: {exc}") from None
        old = older_backups(workspace.path)
        delete_old = args.delete_backups
        if not args.yes:
            print(erasure_summary(plan, future=True))
            if not _ask(f"Erase {plan.name} everywhere? This cannot be undone. Type yes to erase: "):
                print("nothing erased")
                return 1
            if old and not delete_old:
                delete_old = _ask(f"{len(old)} backups made before now still hold {plan.name}. "
                                  "Delete them too? Type yes to delete them: ")
        erasure = erase_person(workspace, args.person)
        print(erasure_summary(erasure, future=False))
        if old and delete_old:
            gone = delete_backups(workspace.path)
            make_backup(workspace)  # a backup to go back to, made after the erase
            print(f"deleted {len(gone)} older backups that still held {erasure.name}")
        elif old:
            print(f"note: {len(old)} backups made before now still hold {erasure.name} (in "
                  f"{old[0].parent}); they are deleted as they age (at the latest after six months), "
                  "or delete them yourself")
    finally:
        workspace.close()
    return 0


def _check_erasable(path: Path, person: str, passphrase: str | None) -> None:
    """Refuse (``Failure``) erasing no one or the facilitator, reading *path* only."""
    from workbench.model import StakeholderKind
    from workbench.store import open_store
    from workbench.workspace import Workspace

    workspace = Workspace(open_store(path, read_only=True, passphrase=passphrase))
    try:
        found = workspace.stakeholder(person)
    finally:
        workspace.close()
    if found is None:
        raise Failure(f"{path}: no stakeholder with id {person!r}")
    if found.kind == StakeholderKind.FACILITATOR:
        raise Failure(f"{path}: the facilitator cannot be erased")


def _ask(question: str) -> bool:
    try:
        return input(question).strip().lower() in ("yes", "y")
    except EOFError:
        return False


#: How the counts of an erasure read, in order.
ERASURE_COUNTS = (("relations", "relations"), ("readings", "energy readings on them"),
                  ("contacts", "contacts they took part in"),
                  ("contacts_removed", "of those, contacts with no one else (removed whole)"),
                  ("remarks", "remarks by them"), ("followups", "follow-ups for them"),
                  ("sessions", "places in sessions"), ("groups", "group memberships"),
                  ("drafts", "unsaved drafts naming them"))
#: How a place where a name was replaced reads.
MENTION_PLACES = {"workspace": "the signature", "groups": "group", "stakeholders": "stakeholder",
                  "relations": "relation", "readings": "energy reading", "interactions": "contact",
                  "remarks": "remark in the contact", "followups": "follow-up of the contact",
                  "sessions": "session", "drafts": "draft"}


def erasure_summary(erasure: "Erasure", future: bool) -> str:
    """What an erasure removes (*future*) or removed, and where the name was replaced."""
    lines = [f"{'Erasing' if future else 'Erased'} {erasure.name} ({erasure.person_id}): their record"]
    lines += [f"  {erasure.counts.get(key, 0):>5}  {label}" for key, label in ERASURE_COUNTS]
    if erasure.mentions:
        verb = "is replaced" if future else "was replaced"
        lines.append(f"Their name {verb} by [erased] in {len(erasure.mentions)} places:")
        for m in erasure.mentions:
            place = MENTION_PLACES.get(m.table, m.table)
            if m.table == "followups" and not m.subject:
                place = "follow-up"
            lines.append(f"  {place} {m.subject}".rstrip() + f" ({m.column})")
    else:
        lines.append("Nobody else's text names them.")
    if not future:
        lines.append("The old bytes were overwritten (secure delete, WAL checkpointed and truncated, "
                     "file vacuumed).")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    from workbench.store import check_workspace

    problems = check_workspace(args.workspace, _passphrase(args.workspace))
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

    passphrase = _passphrase(args.workspace)
    for _attempt in range(3):
        store = open_store(args.workspace, read_only=True, passphrase=passphrase)
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


def cmd_brief(args: argparse.Namespace) -> int:
    """A session's brief as a PDF, read only (as the radar reads): written whole or not at
    all, so a failure leaves no partial PDF behind."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.brief.content import BriefError, next_session, workspace_today
    from workbench.store import open_store
    from workbench.ui.app import make_app
    from workbench.ui.brief_print import save_brief_pdf
    from workbench.workspace import Workspace

    out = args.out
    if out.is_dir():
        raise Failure(f"{out}: is a folder; give the PDF's file name")
    if not out.parent.is_dir():
        raise Failure(f"{out}: its folder does not exist")
    make_app()  # the UI's language, and the map needs the widgets' application
    store = open_store(args.workspace, read_only=True, passphrase=_passphrase(args.workspace))
    workspace = Workspace(store)
    try:
        session_id = args.session
        if session_id == "next":
            found = next_session(workspace, args.today)
            if found is None:
                day = args.today or workspace_today(workspace)
                raise Failure(f"{args.workspace}: no session on or after {day.isoformat()}")
            session_id = found.id
        try:
            result = save_brief_pdf(workspace, session_id, out, args.today, with_notes=not args.without_notes)
        except BriefError as exc:
            raise Failure(f"{args.workspace}: {exc}") from None
    finally:
        workspace.close()
    print(f"wrote {out} ({result.pages} {'page' if result.pages == 1 else 'pages'})")
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

    screenshot(args.workspace, args.out, args.size, args.select, _passphrase(args.workspace))
    print(f"wrote {args.out}")
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a workspace in place (and its backups) with a new passphrase."""
    from workbench.store import cipher
    from workbench.store.database import set_passphrase

    path: Path = args.workspace
    _check_exists(path)
    if cipher.is_encrypted(path):
        raise Failure(f"{path}: is already encrypted (to change its passphrase, use File › Change "
                      "Passphrase… in the app, or decrypt it and encrypt it again)")
    passphrase = _new_passphrase(path)
    left = set_passphrase(path, None, passphrase)
    print(f"encrypted {path} and its backups; {LOST_PASSPHRASE}")
    _left_backups(left, "encrypted")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    """Remove a workspace's encryption in place: it is stored readable again."""
    from workbench.store import cipher
    from workbench.store.database import set_passphrase

    path: Path = args.workspace
    _check_exists(path)
    if not cipher.is_encrypted(path):
        raise Failure(f"{path}: is not encrypted")
    left = set_passphrase(path, _passphrase(path), None)
    print(f"decrypted {path} and its backups; they are stored unencrypted now: anyone who has "
          "them can read them")
    _left_backups(left, "decrypted")
    return 0


def _left_backups(left: list[Path], done: str) -> None:
    if left:
        print(f"note: {len(left)} backups could not be {done} and stay as they were, "
              f"e.g. {left[0]}; delete them if they should not stay")


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise Failure(f"{path}: does not exist")


def _terminal() -> bool:
    """True when there is a terminal to ask on."""
    return sys.stdin is not None and sys.stdin.isatty()


def _passphrase(path: Path) -> str | None:
    """The passphrase of the workspace at *path* when it is encrypted: from
    ``VOELSPRIET_PASSPHRASE``, else asked on the terminal (not shown as it is typed);
    None for a plain workspace. Without either: one ``error: this workspace is encrypted``."""
    from workbench.store import cipher

    if not cipher.is_encrypted(path):
        return None
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not _terminal():
        raise Failure(f"this workspace is encrypted; set {PASSPHRASE_VARIABLE} to its passphrase, or run "
                      f"the command in a terminal to be asked for it ({path})")
    return getpass.getpass(f"Passphrase for {path.name}: ")


def _new_passphrase(path: Path) -> str:
    """A new passphrase for *path*: from ``VOELSPRIET_PASSPHRASE``, else asked twice on the
    terminal after saying what a lost one means."""
    from workbench.store import cipher

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if not given:
        if not _terminal():
            raise Failure(f"{path}: give the new passphrase in {PASSPHRASE_VARIABLE}, or run the command in "
                          "a terminal to be asked for it")
        print(f"Encrypting {path.name}. Before you choose a passphrase: {LOST_PASSPHRASE}.", file=sys.stderr)
        given = getpass.getpass("New passphrase: ")
        if given and getpass.getpass("The same passphrase again: ") != given:
            raise Failure("the two passphrases differ; nothing was changed")
    said = cipher.problem(given)
    if said is not None:
        raise Failure(f"{said}; nothing was changed")
    return given


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
                   "check": cmd_check, "screenshot": cmd_screenshot, "radar": cmd_radar, "brief": cmd_brief,
                   "erase": cmd_erase, "encrypt": cmd_encrypt, "decrypt": cmd_decrypt}[args.command]
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
