// export/neo4j.cpp: CSV files for Neo4j's offline bulk import (neo4j-admin database import full).
//
// Headers name the roles (:ID, :LABEL, :START_ID, :END_ID, :TYPE) and type every property
// (name:string, mentions:long, aliases:string[], first_date:date, ...). Nodes get the label Actor
// plus one for their type (Country, Organization, Person, ...); a relationship's type is its
// relation in upper case (TRADE, ARMS_TRANSFER). Neo4j relationships always have a direction: a
// symmetric relation is stored once, from the smaller actor id, with directed = false. Arrays use
// neo4j-admin's default delimiter ';' (a ';' inside an item becomes ','); fields may span lines,
// hence --multiline-fields=true in the command.
#include <cctype>
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

// Letters, digits and '_' only, so that labels and types need no quoting in Cypher.
std::string identifier(std::string_view s, bool upper) {
  std::string out;
  bool start = true;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      out += static_cast<char>(upper ? std::toupper(c) : (start ? std::toupper(c) : c));
      start = false;
    } else {
      if (upper && !out.empty() && out.back() != '_') out += '_';
      start = true;
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front()))) out = (upper ? "R_" : "T") + out;
  return out;
}

std::string neo4j_array(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ';';
    for (const char c : clean_line(items[i])) out += c == ';' ? ',' : c;
  }
  return out;
}

// A word for a POSIX shell: as is when it is plain, else in single quotes.
std::string shell_word(const std::string& s) {
  const bool plain = !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                       "0123456789_-./=:@%+,") == std::string::npos;
  if (plain) return s;
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

void write_neo4j_nodes(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const detail::ExportView view = detail::make_export_view(graph, options);
  detail::OutputBuffer out(stream);
  std::vector<std::string> header{"id:ID", "name:string", "type:string", "aliases:string[]", "mentions:long",
                                  "discovered:boolean"};
  for (const auto& fc : view.facts) header.push_back(fc.name + ":string");
  header.insert(header.end(), {"first_date:date", "last_date:date", ":LABEL"});
  write_csv_row(out, std::vector<std::string_view>(header.begin(), header.end()));
  out.elements(view.nodes.size(), options.threads, [&](detail::OutputBuffer& o, std::size_t i) {
    const auto& n = view.nodes[i];
    const ActorNode& a = *n.actor;
    const std::string label = clean_line(a.label), aliases = neo4j_array(a.aliases_seen);
    const std::string mentions = std::to_string(a.mentions), labels = "Actor;" + identifier(a.type, false);
    std::vector<std::string_view> row{a.id, label, a.type, aliases, mentions, a.discovered ? "true" : "false"};
    row.insert(row.end(), n.facts.begin(), n.facts.end());
    row.insert(row.end(), {n.spell_start, n.spell_end, labels});
    write_csv_row(o, row);
  });
  out.flush();
}

void write_neo4j_relationships(std::ostream& stream, const ActorGraph& graph, const ExportOptions& options) {
  const detail::ExportView view = detail::make_export_view(graph, options);
  detail::OutputBuffer out(stream);
  write_csv_row(out, {":START_ID", ":END_ID", ":TYPE", "id:string", "relation:string", "directed:boolean",
                      "polarity:string", "cameo:string", "plover:string", "weight:double", "mentions:long",
                      "documents:long", "first_date:date", "last_date:date", "amounts:string[]", "evidence:string",
                      "evidence_doc:string", "status:string", "negated_mentions:long", "hedged_mentions:long"});
  out.elements(view.edges.size(), options.threads, [&](detail::OutputBuffer& o, std::size_t i) {
    const auto& e = view.edges[i];
    const RelationEdge& r = *e.edge;
    write_csv_row(o, {e.source->id, e.target->id, identifier(r.relation, true), e.id, r.relation,
                        r.directed ? "true" : "false", to_string(r.polarity), r.cameo, r.plover,
                        detail::format_number(e.weight), std::to_string(r.weight), std::to_string(r.documents),
                        e.spell_start, e.spell_end, neo4j_array(e.amounts), e.evidence, e.evidence_doc, e.status,
                        std::to_string(e.negated), std::to_string(e.hedged)});
  });
  out.flush();
}

std::string neo4j_import_command(const std::string& dir, const std::string& database) {
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  return "neo4j-admin database import full --overwrite-destination --multiline-fields=true " +
         shell_word("--nodes=" + prefix + "nodes.csv") + " " +
         shell_word("--relationships=" + prefix + "relationships.csv") + " " + shell_word(database);
}

}  // namespace ag
