// tests/render/render_checks.hpp: helpers of the render tests: rendering into a string, writing
// what was rendered where a failure can be inspected, running the GraphViz and libxml2 tools, and
// finding labels in SVG and DOT text.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "graph/actor_graph.hpp"
#include "render/render.hpp"

namespace ag::test {

inline std::string render_string(const ActorGraph& g, const RenderOptions& o, OutputFormat f) {
  std::ostringstream out;
  render_graph(g, o, f, out);
  return out.str();
}

inline std::string actual_dir() {
  std::filesystem::create_directories(RENDER_ACTUAL_DIR);
  return RENDER_ACTUAL_DIR;
}

// Writes `bytes` to actual_dir()/name and returns the path.
inline std::string write_actual(const std::string& name, const std::string& bytes) {
  const std::string path = actual_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// Runs a shell command; returns its exit status (0 = success).
inline int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return status == -1 ? -1 : WEXITSTATUS(status);
}

// The SVG with its character references and entities decoded (GraphViz writes "-" as "&#45;").
inline std::string svg_text(const std::string& svg) {
  std::string out;
  for (std::size_t i = 0; i < svg.size(); ++i) {
    const std::size_t semi = svg[i] == '&' ? svg.find(';', i) : std::string::npos;
    if (semi == std::string::npos || semi - i > 8) {
      out += svg[i];
      continue;
    }
    const std::string entity = svg.substr(i + 1, semi - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (entity.size() > 1 && entity[0] == '#' && entity[1] != 'x' && entity[1] < 0x7f)
      out += static_cast<char>(std::atoi(entity.c_str() + 1));  // ASCII references only
    else {
      out += svg[i];
      continue;
    }
    i = semi;
  }
  return out;
}

// Whether the SVG draws `label` as the whole text of one <text> element.
inline bool contains_text(const std::string& svg, const std::string& label) {
  return svg_text(svg).find(">" + label + "</text>") != std::string::npos;
}

// Every actor label of `g` (what the SVG must show).
inline std::set<std::string> svg_texts_expected(const ActorGraph& g) {
  std::set<std::string> labels;
  for (auto v : boost::make_iterator_range(boost::vertices(g.g))) labels.insert(g.g[v].label);
  return labels;
}

// The statement of DOT text (agwrite wraps long ones over several lines) that starts a line with
// a tab and `head` followed by a tab or space (a node or edge statement), joined into one line;
// "" when there is none.
inline std::string statement_line(const std::string& dot, const std::string& head) {
  std::istringstream in(dot);
  std::string statement;
  for (std::string line; std::getline(in, line);) {
    if (!statement.empty()) {
      statement += " " + line.substr(line.find_first_not_of('\t'));
    } else if (line.rfind("\t" + head, 0) == 0 && head.size() + 1 < line.size() &&
               (line[head.size() + 1] == '\t' || line[head.size() + 1] == ' ')) {
      statement = line;
    }
    if (!statement.empty() && statement.back() == ';') return statement;
  }
  return statement;
}
inline std::string edge_line(const std::string& dot, const std::string& edge) { return statement_line(dot, edge); }
inline std::string node_line(const std::string& dot, const std::string& node) { return statement_line(dot, node); }

}  // namespace ag::test
