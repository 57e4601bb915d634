// render/style.cpp: lookups and scales over the palette tables of style.hpp.
#include "render/style.hpp"

#include <algorithm>
#include <cmath>

namespace ag {

const NodeStyle& node_style(std::string_view type) {
  for (const auto& s : kNodeStyles)
    if (s.type == type) return s;
  return kOtherNodeStyle;
}

const EdgeStyle& edge_style(std::string_view relation, Polarity polarity) {
  for (const auto& s : kEdgeStyles)
    if (s.relation == relation) return s;
  switch (polarity) {
    case Polarity::cooperative: return kCooperativeStyle;
    case Polarity::conflictual: return kConflictualStyle;
    case Polarity::neutral: break;
  }
  return kNeutralStyle;
}

double node_font_size(double importance, double max) {
  if (!(max > 0) || !(importance > 0)) return kMinNodeFont;
  const double t = std::sqrt(std::min(importance, max) / max);
  return kMinNodeFont + t * (kMaxNodeFont - kMinNodeFont);
}

double edge_width(std::uint64_t weight, std::uint64_t max) {
  if (max <= 1 || weight <= 1) return kMinEdgeWidth;
  const double t = std::log(static_cast<double>(std::min(weight, max))) /
                   std::log(static_cast<double>(max));
  return kMinEdgeWidth + t * (kMaxEdgeWidth - kMinEdgeWidth);
}

namespace {
int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

Rgb rgb(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return {};
  int v[6];
  for (int i = 0; i < 6; ++i)
    if ((v[i] = hex_digit(hex[static_cast<std::size_t>(i) + 1])) < 0) return {};
  return {static_cast<std::uint8_t>(v[0] * 16 + v[1]), static_cast<std::uint8_t>(v[2] * 16 + v[3]),
          static_cast<std::uint8_t>(v[4] * 16 + v[5])};
}

}  // namespace ag
