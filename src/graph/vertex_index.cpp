// graph/vertex_index.cpp: see vertex_index.hpp.
#include "graph/vertex_index.hpp"

#include <functional>
#include <limits>

#include "core/error.hpp"

namespace ag {

VertexIndex::VertexIndex(const ActorGraph& graph) {
  const Graph& g = graph.g;
  const std::size_t n = boost::num_vertices(g);
  std::size_t size = 2;
  while (size < 2 * n) size *= 2;  // at most half full: probes stay short
  slots_.assign(size, 0);
  mask_ = size - 1;
  id_start_.reserve(n + 1);
  for (Vertex v = 0; v < n; ++v) {
    id_start_.push_back(static_cast<std::uint32_t>(ids_.size()));
    ids_ += g[v].id;
  }
  id_start_.push_back(static_cast<std::uint32_t>(ids_.size()));
  if (ids_.size() > std::numeric_limits<std::uint32_t>::max() || n >= std::numeric_limits<std::uint32_t>::max())
    throw GraphError(Location(), "too many actors for a 32-bit vertex index");
  for (Vertex v = 0; v < n; ++v) {
    std::size_t slot = std::hash<std::string_view>{}(g[v].id) & mask_;
    while (slots_[slot] != 0) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<std::uint32_t>(v + 1);
  }
}

std::optional<Vertex> VertexIndex::find(std::string_view id) const {
  for (std::size_t slot = std::hash<std::string_view>{}(id) & mask_;; slot = (slot + 1) & mask_) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0) return std::nullopt;
    const std::size_t v = entry - 1;
    const std::string_view candidate(ids_.data() + id_start_[v], id_start_[v + 1] - id_start_[v]);
    if (candidate == id) return static_cast<Vertex>(v);
  }
}

}  // namespace ag
