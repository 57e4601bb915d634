// export/export.cpp: format names, and writing an export to its file(s) atomically.
#include "export/export.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/error.hpp"

namespace ag {
namespace {

using StreamWriter = std::function<void(std::ostream&)>;

// Creates the directory `dir` (and its parents) when missing.
void ensure_directory(const std::string& dir) {
  if (dir == "-") throw OutputError(Location{dir}, "this format writes several files: give a directory, not -");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir))
    throw OutputError(Location{dir}, "cannot create the output directory" + (ec ? ": " + ec.message() : std::string()));
}

std::string in_dir(const std::string& dir, const std::string& name) {
  return (std::filesystem::path(dir) / name).string();
}

// Writes every file to its temporary first and renames them only when all were written, so a
// failure leaves no file of the set half-written.
std::vector<std::string> write_files(const std::vector<std::pair<std::string, StreamWriter>>& files) {
  std::vector<std::unique_ptr<AtomicFile>> open;
  for (const auto& [path, write] : files) {
    open.push_back(std::make_unique<AtomicFile>(path));
    write(open.back()->stream());
  }
  std::vector<std::string> written;
  for (auto& f : open) {
    f->commit();
    written.push_back(f->path());
  }
  return written;
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (std::size_t i = 0; i < kExportFormatNames.size(); ++i)
    if (kExportFormatNames[i] == name) return static_cast<ExportFormat>(i);
  return std::nullopt;
}

std::optional<GexfVersion> parse_gexf_version(std::string_view name) {
  if (name == "1.3") return GexfVersion::v1_3;
  if (name == "1.2draft" || name == "1.2") return GexfVersion::v1_2draft;
  return std::nullopt;
}

std::vector<std::string> export_graph(const std::string& path, ExportFormat format, const ActorGraph& graph,
                                      const ExportOptions& options) {
  const auto one = [&](void (*writer)(std::ostream&, const ActorGraph&, const ExportOptions&)) {
    return write_files({{path, [&](std::ostream& out) { writer(out, graph, options); }}});
  };
  switch (format) {
    case ExportFormat::gexf: return one(write_gexf);
    case ExportFormat::graphml: return one(write_graphml);
    case ExportFormat::cytoscape: return one(write_cytoscape);
    case ExportFormat::csv:
      ensure_directory(path);
      return write_files({{in_dir(path, "nodes.csv"), [&](std::ostream& o) { write_csv_nodes(o, graph, options); }},
                          {in_dir(path, "edges.csv"), [&](std::ostream& o) { write_csv_edges(o, graph, options); }}});
    case ExportFormat::neo4j:
      ensure_directory(path);
      return write_files(
          {{in_dir(path, "nodes.csv"), [&](std::ostream& o) { write_neo4j_nodes(o, graph, options); }},
           {in_dir(path, "relationships.csv"), [&](std::ostream& o) { write_neo4j_relationships(o, graph, options); }},
           {in_dir(path, "import.sh"), [&](std::ostream& o) {
              o << "#!/bin/sh\n# Loads this directory into Neo4j (the database must be stopped; it is replaced).\n"
                << "cd \"$(dirname \"$0\")\" && " << neo4j_import_command(".") << "\n";
            }}});
  }
  throw OutputError(Location{path}, "unknown export format");
}

}  // namespace ag
