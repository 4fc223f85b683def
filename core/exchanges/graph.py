"""The picture of the network: structures as nodes sized by their exchanges, offers as edges coloured by kind,
new links (two structures that had never exchanged) marked. The layout is networkx's spring layout (seeded),
computed here in single precision for a few hundred structures; drawing is the interface's business.

The positions are kept for the picture's shape (its structures, and how many offers link each pair): a follow-up
step moved redraws the same picture without laying it out again. A changed shape starts from the positions last
computed, so the picture stays recognisable (a structure keeps its place) and settles in a third of the steps."""

from __future__ import annotations

import math
import threading
import uuid
from collections import Counter, OrderedDict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.exchanges.links import links_of, pair
from core.models import FollowUp, OfferKind, Organisation, OrganisationKind


@dataclass(frozen=True, slots=True)
class Node:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    commune: str | None
    exchanges: int  # offers given and received
    x: float = 0.0
    y: float = 0.0  # in [-1, 1] once laid out


@dataclass(frozen=True, slots=True)
class Edge:
    offer_id: uuid.UUID
    giver: uuid.UUID
    receiver: uuid.UUID
    kind: OfferKind
    new_link: bool  # the first exchange ever between these two structures
    cooperation: bool


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    @property
    def new_links(self) -> int:
        return sum(1 for e in self.edges if e.new_link)


_lock = threading.Lock()
_layouts: OrderedDict[tuple[object, ...], dict[str, tuple[float, float]]] = OrderedDict()
_last_positions: dict[str, tuple[float, float]] = {}  # the positions last computed (the layout's own scale)
KEPT = 6


def _keep(key: tuple[object, ...], positions: dict[str, tuple[float, float]]) -> None:
    with _lock:
        _layouts[key] = positions
        _layouts.move_to_end(key)
        while len(_layouts) > KEPT:
            _layouts.popitem(last=False)
        _last_positions.update(positions)


def network(session: Session, event_id: uuid.UUID | None = None) -> Network:
    """The offers of one atelier (or of every atelier), between structures."""
    chosen = links_of(session, event_id)
    counts: Counter[uuid.UUID] = Counter()
    for link in chosen:
        counts[link.giver] += 1
        counts[link.receiver] += 1
    orgs = {}
    ids = list(counts)
    for start in range(0, len(ids), 900):
        for row in session.execute(select(Organisation.id, Organisation.name, Organisation.kind, Organisation.commune)
                                   .where(Organisation.id.in_(ids[start:start + 900]))):
            orgs[row.id] = row
    nodes = tuple(Node(o.id, o.name, o.kind, o.commune, counts[o.id])
                  for o in sorted(orgs.values(), key=lambda o: (o.name.casefold(), o.id.hex)))
    edges = tuple(Edge(link.offer_id, link.giver, link.receiver, link.kind, link.new_link,
                       link.status == FollowUp.COOPERATION_NEE) for link in chosen)
    return Network(nodes, edges)


def lay_out(net: Network, *, iterations: int = 30) -> Network:
    """The same network with positions in [-1, 1]², linked structures near each other."""
    if not net.nodes:
        return net
    ids = [node.id.hex for node in net.nodes]
    weights: Counter[tuple[uuid.UUID, uuid.UUID]] = Counter(pair(e.giver, e.receiver) for e in net.edges)
    links = sorted((a.hex, b.hex, w) for (a, b), w in weights.items())
    shape = (tuple(ids), tuple(links))
    with _lock:
        positions = _layouts.get(shape)
        start = {n: _last_positions[n] for n in ids if n in _last_positions}
    if positions is None:
        if len(start) * 2 >= len(ids):  # most structures already placed: start there, settle quickly
            positions = _spring(ids, links, _placed(ids, links, start), max(1, iterations // 3))
        else:
            positions = _spring(ids, links, {}, iterations)
        _keep(shape, positions)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    nodes = tuple(Node(n.id, n.name, n.kind, n.commune, n.exchanges,
                       float(positions[n.id.hex][0] - cx) * 2 / span, float(positions[n.id.hex][1] - cy) * 2 / span)
                  for n in net.nodes)
    return Network(nodes, net.edges)


DENSE_UP_TO = 800  # structures: beyond, networkx's sparse layout (memory grows with the square of the count)


def _spring(ids: list[str], links: list[tuple[str, str, int]], start: dict[str, tuple[float, float]],
            iterations: int) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold, as networkx's spring layout computes it (same forces, cooling and seeded start), in
    single precision and without its norm calls: half the time for a few hundred structures."""
    import numpy as np

    n = len(ids)
    k = 1.6 / math.sqrt(n)
    if n > DENSE_UP_TO:
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(ids)
        graph.add_weighted_edges_from(links)
        laid = nx.spring_layout(graph, k=k, pos=start or None, iterations=iterations, seed=18, weight="weight")
        return {node: (float(p[0]), float(p[1])) for node, p in laid.items()}
    index = {node: i for i, node in enumerate(ids)}
    adjacency = np.zeros((n, n), dtype=np.float32)
    for a, b, w in links:
        adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = w
    pos = np.random.RandomState(18).rand(n, 2)
    if start:
        size = max(max(abs(c) for c in p) for p in start.values()) or 1.0
        pos = pos * size
        for node, p in start.items():
            pos[index[node]] = p
    pos = pos.astype(np.float32)
    t = max(float(np.ptp(pos[:, 0])), float(np.ptp(pos[:, 1]))) * 0.1
    dt = t / (iterations + 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):  # the two axes apart: plain n×n arrays, no n×n×2 strides
        dx = x[:, np.newaxis] - x[np.newaxis, :]
        dy = y[:, np.newaxis] - y[np.newaxis, :]
        distance = np.sqrt(dx * dx + dy * dy)
        np.clip(distance, 0.01, None, out=distance)
        force = k * k / (distance * distance) - adjacency * distance / k
        move_x, move_y = (dx * force).sum(axis=1), (dy * force).sum(axis=1)
        length = np.sqrt(move_x * move_x + move_y * move_y)
        step = t / np.where(length < 0.01, 0.1, length)
        x += move_x * step
        y += move_y * step
        t -= dt
    pos = np.stack([x, y], axis=1)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(ids)}


def _placed(ids: list[str], links: list[tuple[str, str, int]],
            start: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Starting positions: where each structure was; a new one at the middle of its placed neighbours."""
    neighbours: dict[str, list[str]] = {}
    for a, b, _w in links:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    out = dict(start)
    for node in ids:
        near = [start[n] for n in neighbours.get(node, ()) if n in start]
        if node not in out and near:
            out[node] = (sum(p[0] for p in near) / len(near) + 0.01, sum(p[1] for p in near) / len(near) + 0.01)
    return out
