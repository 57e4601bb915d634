#!/usr/bin/env python3
"""Reads actorgraph's exports back with NetworkX (and igraph when installed) and checks that every
actor, relation and attribute arrived.

    check_export.py --cyjs G.cyjs --gexf G-1.2draft.gexf --graphml G.graphml [--gexf13 G.gexf]
                    [--graph G.json]
    check_export.py --corpus DIR --actorgraph BIN --schemas GEXF_SCHEMA_DIR --work DIR

The reference is the Cytoscape.js export of the same graph, read with the json module alone: its
node ids, edge ids and values. The GEXF 1.2draft and the GraphML file must hold exactly those
nodes and edges (same ids, same ends, same relation, weight and counts), and every attribute the
file declares must reach NetworkX. With --graph, the reference itself must hold every actor and
every relation that is a fact (weight > 0) of the actorgraph graph file. Works with Debian's
python3-networkx 2.8 (which reads GEXF 1.2draft only) and with newer releases (which also read
1.3: --gexf13 is checked when they can).

With --corpus, builds the graph of a corpus with `actorgraph build`, exports it in every format,
validates the GEXF files against the schemas (1.3: xmllint --relaxng, 1.2draft: jing -c) and
checks them as above.

Prints one line per check; exits 1 on the first failure.
"""
import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def load_reference(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    edges = {e["data"]["id"]: e["data"] for e in doc["elements"]["edges"]}
    check(len(nodes) == len(doc["elements"]["nodes"]), f"{path}: duplicate node ids")
    check(len(edges) == len(doc["elements"]["edges"]), f"{path}: duplicate edge ids")
    check(not set(nodes) & set(edges), f"{path}: an id names both a node and an edge")
    return nodes, edges


def declared_gexf(path):
    """Attribute titles the GEXF file declares, per class."""
    titles = {"node": set(), "edge": set()}
    for el in ET.parse(path).getroot().iter():
        if el.tag.endswith("}attributes"):
            cls = el.get("class")
            for a in el:
                titles[cls].add(a.get("title"))
    return titles


def declared_graphml(path):
    names = {"node": set(), "edge": set(), "graph": set()}
    for el in ET.parse(path).getroot():
        if el.tag.endswith("}key"):
            names[el.get("for")].add(el.get("attr.name"))
    return names


def edge_items(g, key_is_id):
    """(id, source, target, data) for every edge; GraphML multigraphs keep the id as the key."""
    if g.is_multigraph():
        for s, t, k, d in g.edges(keys=True, data=True):
            yield (k if key_is_id else d.get("id")), s, t, d
    else:
        for s, t, d in g.edges(data=True):
            yield d.get("id"), s, t, d


def compare(name, g, ref_nodes, ref_edges, declared, key_is_id, skip_node=(), skip_edge=()):
    check(set(g.nodes) == set(ref_nodes),
          f"{name}: nodes differ: missing {sorted(set(ref_nodes) - set(g.nodes))[:5]}, "
          f"extra {sorted(set(g.nodes) - set(ref_nodes))[:5]}")
    for n, d in g.nodes(data=True):
        check(d.get("label") == ref_nodes[n].get("label"), f"{name}: node {n}: label {d.get('label')!r}")
        for key in ("type", "mentions", "discovered"):
            check(d.get(key) == ref_nodes[n].get(key), f"{name}: node {n}: {key} {d.get(key)!r}")
    seen = set()
    for eid, s, t, d in edge_items(g, key_is_id):
        check(eid in ref_edges, f"{name}: unknown edge id {eid!r}")
        check(eid not in seen, f"{name}: edge id {eid!r} twice")
        seen.add(eid)
        ref = ref_edges[eid]
        ends = (s, t) if g.is_directed() else tuple(sorted((s, t)))
        want = (ref["source"], ref["target"]) if g.is_directed() else tuple(sorted((ref["source"], ref["target"])))
        check(ends == want, f"{name}: edge {eid}: ends {ends}")
        for key in ("relation", "weight", "mentions", "documents", "directed"):
            check(d.get(key) == ref.get(key), f"{name}: edge {eid}: {key} {d.get(key)!r} != {ref.get(key)!r}")
    check(seen == set(ref_edges), f"{name}: missing edges {sorted(set(ref_edges) - seen)[:5]}")
    node_keys = set().union(*(d.keys() for _, d in g.nodes(data=True))) - set(skip_node)
    edge_keys = set().union(*(d.keys() for *_, d in edge_items(g, key_is_id))) - set(skip_edge)
    check(node_keys == declared["node"], f"{name}: node attributes {sorted(node_keys ^ declared['node'])} differ")
    if ref_edges:
        check(edge_keys == declared["edge"], f"{name}: edge attributes {sorted(edge_keys ^ declared['edge'])} differ")
    print(f"ok {name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"{len(node_keys)} node and {len(edge_keys)} edge attributes (networkx {nx.__version__})")


def check_gexf(path, version, ref_nodes, ref_edges):
    g = nx.read_gexf(path, version=version)
    # What NetworkX adds beside the declared attributes: the label, the viz data, the spells, and
    # on edges the id, label and weight attributes of <edge>.
    compare(f"{path} (GEXF {version})", g, ref_nodes, ref_edges, declared_gexf(path), key_is_id=False,
            skip_node=("label", "viz", "spells"), skip_edge=("id", "label", "weight", "spells", "viz"))


def check_graphml(path, ref_nodes, ref_edges):
    g = nx.read_graphml(path)
    declared = declared_graphml(path)
    compare(f"{path} (GraphML)", g, ref_nodes, ref_edges, declared, key_is_id=True, skip_edge=("id",))
    check(g.graph.get("creator", "").startswith("actorgraph"), f"{path}: graph creator {g.graph.get('creator')!r}")
    try:
        import igraph  # optional: python3-igraph
    except ImportError:
        print("skip igraph: not installed")
        return
    ig = igraph.Graph.Read_GraphML(path)
    check(ig.vcount() == len(ref_nodes) and ig.ecount() == len(ref_edges),
          f"{path}: igraph read {ig.vcount()} nodes, {ig.ecount()} edges")
    print(f"ok {path} (GraphML, igraph {igraph.__version__}): {ig.vcount()} nodes, {ig.ecount()} edges")


def check_graph_file(path, ref_nodes, ref_edges):
    """The reference holds every actor and every fact of the graph file."""
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)
    actors = {n["id"] for n in graph["nodes"]}
    facts = {(e["source"], e["target"], e["relation"]) for e in graph["edges"] if e["weight"] > 0}
    exported = {(e["source"], e["target"], e["relation"]) for e in ref_edges.values()}
    check(set(ref_nodes) == actors, f"{path}: actors not exported: {sorted(actors - set(ref_nodes))[:5]}")
    check(exported == facts, f"{path}: relations not exported: {sorted(facts - exported)[:5]}")
    print(f"ok {path}: every actor ({len(actors)}) and relation ({len(facts)} facts of "
          f"{len(graph['edges'])} edges) exported")


def run(command):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    check(result.returncode == 0, f"{' '.join(command)} exited {result.returncode}:\n{result.stdout[-2000:]}")
    return result.stdout


def check_filters(actorgraph, graph, path):
    """The filter flags select part of the graph; a directory format refuses -o -."""
    run([actorgraph, "export", graph, "--format", "cytoscape", "--relation", "trade", "-o", path])
    nodes, edges = load_reference(path)
    check(all(e["relation"] == "trade" for e in edges.values()), f"{path}: --relation trade kept other relations")
    ends = {e["source"] for e in edges.values()} | {e["target"] for e in edges.values()}
    check(set(nodes) == ends, f"{path}: actors without a trade relation were kept")
    result = subprocess.run([actorgraph, "export", graph, "--format", "csv", "-o", "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    check(result.returncode == 2 and "directory" in result.stderr,
          f"export --format csv -o - exited {result.returncode}: {result.stderr!r}")
    print(f"ok filters: --relation trade gives {len(nodes)} actors, {len(edges)} relations; csv -o - is refused")


def export_corpus(args):
    """Builds and exports the corpus; returns the paths check_files() takes."""
    os.makedirs(args.work, exist_ok=True)
    out = {k: os.path.join(args.work, name) for k, name in
           {"graph": "graph.json", "gexf13": "graph.gexf", "gexf": "graph-1.2draft.gexf",
            "graphml": "graph.graphml", "cyjs": "graph.cyjs", "csv": "csv", "neo4j": "neo4j"}.items()}
    run([args.actorgraph, "build", args.corpus, "-o", out["graph"]])
    for fmt, key, extra in (("gexf", "gexf13", []), ("gexf", "gexf", ["--gexf-version", "1.2draft"]),
                            ("graphml", "graphml", []), ("cytoscape", "cyjs", []), ("csv", "csv", []),
                            ("neo4j", "neo4j", [])):
        run([args.actorgraph, "export", out["graph"], "--format", fmt, "-o", out[key]] + extra)
    check_filters(args.actorgraph, out["graph"], os.path.join(args.work, "trade.cyjs"))
    run(["xmllint", "--noout", "--relaxng", os.path.join(args.schemas, "1.3", "gexf.rng"), out["gexf13"]])
    print(f"ok {out['gexf13']}: valid GEXF 1.3 (xmllint --relaxng)")
    run(["jing", "-c", os.path.join(args.schemas, "1.2draft", "gexf.rnc"), out["gexf"]])
    print(f"ok {out['gexf']}: valid GEXF 1.2draft (jing -c)")
    return out


def check_files(paths):
    ref_nodes, ref_edges = load_reference(paths["cyjs"])
    print(f"reference {paths['cyjs']}: {len(ref_nodes)} nodes, {len(ref_edges)} edges")
    if paths.get("graph"):
        check_graph_file(paths["graph"], ref_nodes, ref_edges)
    if paths.get("gexf"):
        check_gexf(paths["gexf"], "1.2draft", ref_nodes, ref_edges)
    if paths.get("gexf13"):
        from networkx.readwrite.gexf import GEXF
        directions = {e.get("directed", True) for e in ref_edges.values()}
        if "1.3" not in GEXF.versions:
            print(f"skip {paths['gexf13']}: networkx {nx.__version__} reads no GEXF 1.3")
        elif len(directions) > 1:
            print(f"skip {paths['gexf13']}: networkx reads no graph with both directed and undirected edges")
        else:
            check_gexf(paths["gexf13"], "1.3", ref_nodes, ref_edges)
    if paths.get("graphml"):
        check_graphml(paths["graphml"], ref_nodes, ref_edges)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cyjs", help="Cytoscape.js export: the reference")
    p.add_argument("--gexf", help="GEXF 1.2draft export")
    p.add_argument("--gexf13", help="GEXF 1.3 export (read when this NetworkX can)")
    p.add_argument("--graphml", help="GraphML export")
    p.add_argument("--graph", help="the actorgraph graph file the exports were written from")
    p.add_argument("--corpus", help="build and export this corpus, then check it")
    p.add_argument("--actorgraph", help="with --corpus: the actorgraph executable")
    p.add_argument("--schemas", help="with --corpus: the folder with 1.3/gexf.rng and 1.2draft/gexf.rnc")
    p.add_argument("--work", help="with --corpus: where to write the graph and the exports")
    args = p.parse_args()
    try:
        if args.corpus:
            if not (args.actorgraph and args.schemas and args.work):
                p.error("--corpus needs --actorgraph, --schemas and --work")
            paths = export_corpus(args)
        else:
            if not args.cyjs:
                p.error("give --cyjs (or --corpus)")
            paths = vars(args)
        check_files(paths)
    except CheckFailed as e:
        print(f"FAIL {e}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
