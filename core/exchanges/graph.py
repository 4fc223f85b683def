"""The picture of the network: structures as nodes sized by their exchanges, offers as edges coloured by kind,
new links (two structures that had never exchanged) marked. The layout comes from networkx (spring layout,
seeded); drawing is the interface's business.

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
_last_positions: dict[str, tuple[float, float]] = {}  # the positions last computed (networkx's own scale)
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
    import networkx as nx

    if not net.nodes:
        return net
    graph = nx.Graph()
    graph.add_nodes_from(node.id.hex for node in net.nodes)
    weights: Counter[tuple[uuid.UUID, uuid.UUID]] = Counter(pair(e.giver, e.receiver) for e in net.edges)
    graph.add_weighted_edges_from((a.hex, b.hex, w) for (a, b), w in weights.items())
    shape = (tuple(node.id.hex for node in net.nodes), tuple(sorted((a.hex, b.hex, w) for (a, b), w in weights.items())))
    with _lock:
        positions = _layouts.get(shape)
        start = {n: _last_positions[n] for n in graph if n in _last_positions}
    if positions is None:
        k = 1.6 / math.sqrt(len(net.nodes))
        if len(start) * 2 >= len(net.nodes):  # most structures already placed: start there, settle quickly
            positions = nx.spring_layout(graph, k=k, pos=_placed(graph, start), iterations=max(1, iterations // 3),
                                         seed=18, weight="weight")
        else:
            positions = nx.spring_layout(graph, k=k, iterations=iterations, seed=18, weight="weight")
        positions = {n: (float(p[0]), float(p[1])) for n, p in positions.items()}
        _keep(shape, positions)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    nodes = tuple(Node(n.id, n.name, n.kind, n.commune, n.exchanges,
                       float(positions[n.id.hex][0] - cx) * 2 / span, float(positions[n.id.hex][1] - cy) * 2 / span)
                  for n in net.nodes)
    return Network(nodes, net.edges)


def _placed(graph: object, start: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Starting positions: where each structure was; a new one at the middle of its placed neighbours."""
    out = dict(start)
    for node in graph:  # type: ignore[attr-defined]
        if node in out:
            continue
        near = [start[n] for n in graph.neighbors(node) if n in start]  # type: ignore[attr-defined]
        if near:
            out[node] = (sum(p[0] for p in near) / len(near) + 0.01, sum(p[1] for p in near) / len(near) + 0.01)
    return out
