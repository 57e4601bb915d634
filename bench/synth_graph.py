#!/usr/bin/env python3
"""Writes a synthetic actorgraph graph file (the format of src/graph/graph_json.cpp) of N actors
and M relation edges, each edge with one short evidence sentence, for the large-graph benchmark
(bench/bench.sh --graph-1m): a corpus large enough to reach a million edges would take hours to
generate and build, and the graph side (load, query, export) only sees the file.

Actors are n000000.. (types country, organization, person); each actor has M/N outgoing edges to
distinct targets, a fifth of them among the first 100 actors, so that a few hubs have thousands
of edges like the great powers of a real news graph. Relation types, directions, polarities and
codes come from the rule pack (rules/relations/00-relations.json); a symmetric relation is only
used where source id < target id, as the loader requires. The output is in canonical order, so the
loader takes it as is."""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def relation_types(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["relations"]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", help="the graph file to write")
    p.add_argument("--nodes", type=int, default=50_000)
    p.add_argument("--edges", type=int, default=1_000_000)
    p.add_argument("--documents", type=int, default=20_000)
    p.add_argument("--rules-fingerprint", default="0000000000000000",
                   help='the "rules" value (take it from a graph built with the same rules)')
    p.add_argument("--relations", default=os.path.join(HERE, "..", "rules", "relations", "00-relations.json"))
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    if a.nodes < 200 or a.edges < a.nodes:
        sys.exit("synth_graph.py: need at least 200 nodes and as many edges as nodes")
    rng = random.Random(a.seed)
    rels = relation_types(a.relations)
    directed = [r for r in rels if r["directed"]]
    types = ["country", "organization", "person"]
    nid = [f"n{i:06d}" for i in range(a.nodes)]
    per_node = a.edges // a.nodes
    extra = a.edges - per_node * a.nodes  # the first `extra` actors get one edge more

    with open(a.out, "w", encoding="utf-8") as f:
        w = f.write
        w('{"format": "actorgraph-graph",\n"version": 1,\n"rules": %s,\n"documents": [\n' % json.dumps(a.rules_fingerprint))
        w(",\n".join('{"id":"d%06d","title":"","date":"2021-%02d-01","hash":"%016x"}' % (d, d % 12 + 1, rng.getrandbits(64))
                     for d in range(a.documents)))
        w("\n],\n\"nodes\": [\n")
        w(",\n".join('{"id":"%s","label":"Actor %d","type":"%s","mentions":%d,"discovered":false,"aliases":["Actor %d"],"facts":{}}'
                     % (nid[i], i, types[i % 3], 1 + per_node, i) for i in range(a.nodes)))
        w("\n],\n\"edges\": [\n")
        first = True
        for s in range(a.nodes):
            k = per_node + (1 if s < extra else 0)
            targets = set()
            while len(targets) < k:
                t = rng.randrange(100) if rng.random() < 0.2 else rng.randrange(a.nodes)
                if t != s:
                    targets.add(t)
            lines = []
            for t in sorted(targets):
                r = rng.choice(rels if s < t else directed)
                month = rng.randrange(1, 13)
                date = f"2021-{month:02d}"
                text = f"Actor {s} and Actor {t} ({r['id']})."
                lines.append(
                    '{"source":"%s","target":"%s","relation":"%s","directed":%s,"polarity":"%s","cameo":"%s","plover":"%s",'
                    '"weight":1,"documents":1,"negated":0,"hedged":0,"first_date":"%s","last_date":"%s","amounts":[],'
                    '"evidence":[{"doc":"d%06d","sentence":[0,%d],"rule":"%s.synthetic","trigger":[0,5],"source":[0,5],'
                    '"target":[10,15],"negated":false,"hedged":false,"date":"%s","amounts":[],"text":"%s"}]}'
                    % (nid[s], nid[t], r["id"], "true" if r["directed"] else "false", r["polarity"], r.get("cameo", ""),
                       r.get("plover", ""), date, date, rng.randrange(a.documents), len(text), r["id"], date, text))
            w(("" if first else ",\n") + ",\n".join(lines))
            first = False
        w("\n]\n}\n")
    print(f"{a.nodes} nodes, {a.edges} edges, {os.path.getsize(a.out) / 2**20:.0f} MB in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
