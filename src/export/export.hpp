// export/export.hpp: the graph in the formats other tools import (the last stage, beside query
// and render).
//
//   GEXF 1.3 / 1.2draft  Gephi (and NetworkX, which reads 1.2draft)   gexf.cpp
//   GraphML              NetworkX, igraph, Boost, yEd                  graphml.cpp
//   CSV                  Gephi's spreadsheet import, any spreadsheet   spreadsheet_csv.cpp
//   Cytoscape.js JSON    Cytoscape.js, Cytoscape desktop               cytoscape.cpp
//   Neo4j CSV            neo4j-admin database import full              neo4j.cpp
//
// Every writer takes the graph as `apply_filter` left it and writes the same selection: every
// actor, and every relation edge that is a fact (weight > 0). Edges supported only by negated or
// hedged mentions are written only with `keep_unsupported` (the user asked for them with
// --include-negated / --include-hedged); their weight is then kUnsupportedWeight, never 0 (Gephi
// drops edges of weight 0), and their `status` attribute says why. Output is deterministic:
// nodes by id, edges by (source, target, relation), no clock, no locale.
#pragma once

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

enum class ExportFormat { gexf, graphml, csv, cytoscape, neo4j };
inline constexpr std::array<std::string_view, 5> kExportFormatNames{"gexf", "graphml", "csv", "cytoscape",
                                                                    "neo4j"};
std::optional<ExportFormat> parse_export_format(std::string_view name);

enum class GexfVersion { v1_3, v1_2draft };
std::optional<GexfVersion> parse_gexf_version(std::string_view name);  // "1.3" or "1.2draft"

// The weight written for an edge that has no supporting mention (see above).
inline constexpr double kUnsupportedWeight = 0.1;

struct ExportOptions {
  GexfVersion gexf_version = GexfVersion::v1_3;
  bool keep_unsupported = false;       // write edges of weight 0 (only negated / hedged mentions)
  std::string version = ACTORGRAPH_VERSION;  // in "actorgraph VERSION", the files' creator
  std::size_t evidence_bytes = 240;    // longest evidence sentence written (cut at a word)
  unsigned threads = 0;                // rendering the elements (0: every core); same bytes for any number
};

// GEXF (Gephi). 1.3: namespaces http://gexf.net/1.3 and .../viz, directed and undirected edges
// mixed (type per edge), kind = relation. 1.2draft: the older namespaces, no `kind`, and one
// edge type for the whole graph (NetworkX and other readers refuse mixed graphs): undirected when
// every edge is, else directed; the `directed` attribute keeps each relation's own direction.
void write_gexf(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);

// GraphML with typed keys; edgedefault="directed" (or "undirected" when every edge is), the
// `directed` key per edge (NetworkX, igraph and Boost refuse per-edge directions).
void write_graphml(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);

// Cytoscape.js JSON: {"data": {...}, "elements": {"nodes": [{"data": {...}}], "edges": [...]}}.
void write_cytoscape(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);

// Gephi spreadsheet CSV (RFC 4180): nodes (Id, Label, ...) and edges (Source, Target, Type,
// Kind, Id, Label, Weight, ...).
void write_csv_nodes(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);
void write_csv_edges(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);

// Neo4j bulk import (neo4j-admin database import full): nodes with :ID and :LABEL, relationships
// with :START_ID, :END_ID and :TYPE (the relation, upper case), typed properties.
void write_neo4j_nodes(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);
void write_neo4j_relationships(std::ostream& out, const ActorGraph& graph, const ExportOptions& options);
// The command that loads the files written into `dir` into the database `database`.
std::string neo4j_import_command(const std::string& dir, const std::string& database = "neo4j");

// Writes `graph` to `path` in `format`; returns the files written. gexf, graphml and cytoscape
// write the file `path` ("-" = standard output); csv writes PATH/nodes.csv and PATH/edges.csv,
// neo4j PATH/nodes.csv, PATH/relationships.csv and PATH/import.sh (the neo4j-admin command),
// creating the directory PATH when missing. Every file is written atomically (ag::AtomicFile).
// Throws OutputError.
std::vector<std::string> export_graph(const std::string& path, ExportFormat format, const ActorGraph& graph,
                                      const ExportOptions& options);

}  // namespace ag
