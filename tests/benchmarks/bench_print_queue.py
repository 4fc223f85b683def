"""Printing through a real CUPS queue (.ci/cups.sh): 241 badges A4 8-up submitted (target 3 s, under 300 MB),
one badge at check-in from scan to job accepted (target 1 s).

Beside each, its floor: bare ReportLab drawing the same text and QR codes, handed to `lp` as it is. "Submitted"
ends when CUPS accepted the job (lp returned its id); cups-pdf turning it into a file afterwards is the printer's
time, not the desk's. Memory: the process's peak resident size (ru_maxrss), Python and libraries included.
"""

from __future__ import annotations

import resource
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import delete

from core.checkin import CheckInTarget
from core.db.workspace import open_workspace
from core.models import BadgeRole, Ticket
from core.services import checkin
from core.services.print_data import BadgeData
from core.services.tickets import ticket_for_registration
from printing.jobs import Gathered, PrintRequest, gather, job_title, render
from printing.paper import choose_media, paper_of
from printing.qr import _operators, matrix
from printing.system import CupsPrintSystem
from tests.benchmarks.bench_printing import _floor, _people
from tests.benchmarks.common import Figure, once_ms, report
from tests.cups_queues import LABEL_QUEUE, PDF_QUEUE, _queues_ready
from tests.printing.scenario import build


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _lp(pdf: bytes, queue: str) -> None:
    subprocess.run(["lp", "-d", queue, "-t", "floor", "-"], input=pdf, capture_output=True, check=True)


def _badges(count: int) -> list[BadgeData]:
    import secrets

    return [BadgeData(uuid.uuid4(), f, ln, o, BadgeRole.PARTICIPANT, "Rencontres territoriales de l'ESS 2026",
                      f"T{i:05d}", "ENV1." + secrets.token_urlsafe(60), 0)
            for i, (f, ln, o) in enumerate(_people(count))]


def run(scale: float = 1.0) -> None:
    why = _queues_ready()
    if why:
        print(f"\n== Printing through CUPS: skipped, {why}")
        return
    cups = CupsPrintSystem()
    count = max(8, int(241 * scale))
    gathered = Gathered(PrintRequest("badges", uuid.uuid4(), stock_key="a4-8"), badges=tuple(_badges(count)))
    sheet = cups.printer(PDF_QUEUE)
    media = choose_media(paper_of("badges", "a4-8"), sheet.media, sheet.default_media, sheet.accepts_custom).media
    render(Gathered(gathered.request, badges=tuple(_badges(2))))  # fonts registered, as after the app's first preview
    before = _peak_mb()
    previewed: list[bytes] = []
    ours = once_ms(lambda: cups.submit(previewed.append(render(gathered)) or previewed[-1], PDF_QUEUE,
                                       job_title(gathered), media))
    peak = _peak_mb()
    ours_submit = once_ms(lambda: cups.submit(previewed[-1], PDF_QUEUE, job_title(gathered), media))
    floor_submit = once_ms(lambda: _lp(previewed[-1], PDF_QUEUE))
    matrix.cache_clear()  # the floor encodes its QR codes too
    _operators.cache_clear()
    floor = once_ms(lambda: _lp(_floor([[b.first_name, b.last_name, b.organisation or ""] for b in gathered.badges],
                                       [b.token for b in gathered.badges], 8), PDF_QUEUE))

    # One badge at the desk: the scan recorded, its badge read, drawn on 62 x 100 mm and accepted by the queue.
    folder = Path(tempfile.mkdtemp(prefix="bench-print-queue-"))
    label = cups.printer(LABEL_QUEUE)
    roll = choose_media(paper_of("badges", "roll-62"), label.media, label.default_media, label.accepts_custom).media
    with open_workspace(folder / "bench.envol", create=True) as ws:
        scenario = build(ws, extra_people=12)
        registration = next(r for r in scenario.tokens if r not in scenario.checked_in | scenario.undone)
        with ws.unit_of_work() as uow:  # the scenario's tickets are not signed: issue a real one
            uow.session.execute(delete(Ticket).where(Ticket.registration_id == registration))
            token = ticket_for_registration(uow, registration).code
        one: list[bytes] = []

        def desk() -> None:
            with ws.unit_of_work() as uow:
                result = checkin.scan(uow, token, CheckInTarget(scenario.event_id))
            assert result.accepted and result.verdict.registration_id is not None, result.verdict
            badge = gather(ws, PrintRequest("badges", scenario.event_id, stock_key="roll-62",
                                            registration_ids=(result.verdict.registration_id,)))
            one.append(render(badge))
            cups.submit(one[-1], LABEL_QUEUE, job_title(badge), roll)

        ours_desk = once_ms(desk)
        floor_desk = once_ms(lambda: _lp(_floor([["Éloïse", "Nguyễn", "SCOP"]], [token], 1), LABEL_QUEUE))
    report(f"Printing through CUPS (scale {scale})", [
        Figure(f"{count} badges A4 8-up: render + submit", ours, floor, 3000 * scale, "total"),
        Figure(f"{count} badges: submit the previewed PDF", ours_submit, floor_submit, 3000 * scale, "total"),
        Figure("one badge at check-in: scan -> job accepted", ours_desk, floor_desk, 1000, "total"),
    ])
    print(f"peak memory {peak:.0f} MB (process before the job {before:.0f} MB; target 300 MB"
          f"{'' if peak <= 300 else ', OVER TARGET'}); PDF {len(previewed[-1]) // 1024} KB, one vector job")


if __name__ == "__main__":
    run()
