// export/spreadsheet_csv.cpp: nodes and edges tables for Gephi's spreadsheet import (Data
// Laboratory > Import Spreadsheet) and any spreadsheet program.
//
// Gephi recognises, case-insensitively, Id and Label in the nodes table and Source, Target, Type
// (Directed / Undirected), Kind (the edge type that keeps parallel relations apart), Id, Label
// and Weight in the edges table; every other column becomes an attribute. Lists are joined with
// "; ". RFC 4180: fields quoted when needed, records ended by CRLF.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/csv.hpp"
#include "export/export.hpp"
#include "export/export_view.hpp"
#include "export/output_buffer.hpp"
#include "export/text_clean.hpp"

namespace ag {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace

void write_csv_nodes(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const detail::ExportView view = detail::make_export_view(graph, options);
  detail::OutputBuffer out(stream);
  std::vector<std::string_view> header{"Id", "Label", "type", "aliases", "mentions", "discovered"};
  for (const auto& fc : view.facts) header.push_back(fc.name);
  header.insert(header.end(), {"first_date", "last_date"});
  write_csv_row(out, header);
  out.elements(view.nodes.size(), options.threads, [&](detail::OutputBuffer& o, std::size_t i) {
    const auto& n = view.nodes[i];
    const ActorNode& a = *n.actor;
    const std::string label = clean_line(a.label), aliases = join(a.aliases_seen);
    const std::string mentions = std::to_string(a.mentions);
    std::vector<std::string_view> row{a.id, label, a.type, aliases, mentions, a.discovered ? "true" : "false"};
    row.insert(row.end(), n.facts.begin(), n.facts.end());
    row.insert(row.end(), {n.spell_start, n.spell_end});
    write_csv_row(o, row);
  });
  out.flush();
}

void write_csv_edges(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const detail::ExportView view = detail::make_export_view(graph, options);
  detail::OutputBuffer out(stream);
  write_csv_row(out, {"Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "relation", "polarity", "cameo",
                      "plover", "mentions", "documents", "first_date", "last_date", "amounts", "evidence",
                      "evidence_doc", "status", "negated_mentions", "hedged_mentions"});
  out.elements(view.edges.size(), options.threads, [&](detail::OutputBuffer& o, std::size_t i) {
    const auto& e = view.edges[i];
    const RelationEdge& r = *e.edge;
    write_csv_row(o, {e.source->id, e.target->id, r.directed ? "Directed" : "Undirected", r.relation, e.id,
                        r.relation, detail::format_number(e.weight), r.relation, to_string(r.polarity), r.cameo,
                        r.plover, std::to_string(r.weight), std::to_string(r.documents), e.first_date, e.last_date,
                        join(e.amounts), e.evidence, e.evidence_doc, e.status, std::to_string(e.negated),
                        std::to_string(e.hedged)});
  });
  out.flush();
}

}  // namespace ag
