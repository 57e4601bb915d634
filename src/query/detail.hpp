// query/detail.hpp: pieces the query files share (not part of the query contract): turning graph
// parts into result values, an aligned text / CSV table, and JSON helpers.
#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "query/query.hpp"

namespace ag::detail {

ActorRef actor_ref(const ActorNode& node);
// The edge as a query shows it, with the evidence `pred` selects.
EdgeView edge_view(const Graph& g, Edge e, const FilterPredicate& pred);
// The edge's (source id, target id, relation): how a result lists the edges it used.
EdgeKey edge_key(const Graph& g, Edge e);
// Edge views in (source id, target id, relation) order, the order results list them in.
void sort_edge_views(std::vector<EdgeView>& views);
// "" for a fact, else why it has no weight: "negated", "hedged" or "negated/hedged".
std::string edge_status(const RelationEdge& edge);
// "A -> B", "A <- B" or "A -- B" pieces: the arrow of a direction.
const char* arrow(Direction d);

// The vertex of `name` in `view` (a filtered copy of `full`), after resolving it in `full` (which
// throws for unknown names); nullopt when the filter dropped the actor.
std::optional<Vertex> resolve_in(const ActorGraph& full, const ActorGraph& view, const std::string& name);

// A table printed either aligned for people or as CSV (RFC 4180) for programs. Column names are
// snake_case; the text view prints them in capitals with spaces.
struct Column {
  std::string name;
  bool right = false;           // align right (numbers)
  std::size_t max_width = 0;    // text view: cut longer cells with "..." (0 = never)
  bool optional = false;        // text view: left out when every cell is empty
  bool text = true;             // shown in the text view (CSV has every column)
  std::string blank = {};       // text view: a value shown as an empty cell (e.g. "fact")
};

class Table {
 public:
  explicit Table(std::vector<Column> columns) : columns_(std::move(columns)) {}
  // Moved, never copied: a copy's cells would still view the strings the original keeps.
  Table(Table&&) = default;
  Table& operator=(Table&&) = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;
  // A row whose cells the table keeps.
  void add(std::vector<std::string> row);
  // A row of cells the table only views: they must outlive it. A hub's `neighbors` table has
  // thousands of rows, and copying every cell into the table cost as much as the query.
  void add_viewed(std::initializer_list<std::string_view> row);
  void reserve(std::size_t rows) { cells_.reserve(rows * columns_.size()); }
  // `cell` kept by the table, for a computed cell of a viewed row (a number).
  std::string_view keep(std::string cell);
  bool empty() const { return cells_.empty(); }
  void write_text(std::ostream& out, const std::string& indent = "") const;
  void write_csv(std::ostream& out) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::string_view> cells_;  // row by row, columns_.size() per row
  std::deque<std::string> kept_;         // (a deque: the views of its strings stay valid)
};

std::string csv_field(std::string_view s);
// Numbers as tables print them: integers plainly, reals with `decimals` places ("0.1250").
std::string number(double value, int decimals);

// JSON is written pretty-printed into a buffer, then to the stream with a final newline.
using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

class Json {
 public:
  Json();
  JsonWriter& w() { return writer_; }
  void flush_to(std::ostream& out);

 private:
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_;
};

void put(JsonWriter& w, const char* key, std::string_view value);
void put(JsonWriter& w, const char* key, std::uint64_t value);
void put_real(JsonWriter& w, const char* key, double value);
void put_bool(JsonWriter& w, const char* key, bool value);
void put_actor(JsonWriter& w, const char* key, const ActorRef& a);
void write_actor(JsonWriter& w, const ActorRef& a);  // {"id","label","type"}
void write_evidence(JsonWriter& w, const Evidence& ev);
void write_edge(JsonWriter& w, const EdgeView& e);  // with its evidence

}  // namespace ag::detail
