// tests/render/style_test.cpp: the palette tables and the scales of render/style.hpp.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "render/style.hpp"

namespace ag {
namespace {

bool is_hex_colour(std::string_view c) {
  if (c.size() != 7 || c[0] != '#') return false;
  for (char d : c.substr(1))
    if (!((d >= '0' && d <= '9') || (d >= 'a' && d <= 'f'))) return false;
  return true;
}

TEST_CASE("every actor type has its own shape and fill; unknown types share the fallback") {
  std::set<std::string_view> shapes, fills;
  for (const auto& s : kNodeStyles) {
    CHECK(&node_style(s.type) == &s);
    CHECK(is_hex_colour(s.fill));
    CHECK(is_hex_colour(s.border));
    shapes.insert(s.shape);
    fills.insert(s.fill);
  }
  CHECK(shapes.size() == std::size(kNodeStyles));
  CHECK(fills.size() == std::size(kNodeStyles));
  CHECK(&node_style("militia") == &kOtherNodeStyle);
  CHECK(&node_style("") == &kOtherNodeStyle);
  CHECK(shapes.count(kOtherNodeStyle.shape) == 0);
}

TEST_CASE("one colour per relation; conflictual relations red and dashed") {
  std::set<std::string_view> colours;
  for (const auto& s : kEdgeStyles) {
    CAPTURE(s.relation);
    CHECK(&edge_style(s.relation, Polarity::neutral) == &s);
    CHECK(is_hex_colour(s.color));
    colours.insert(s.color);
  }
  CHECK(colours.size() == std::size(kEdgeStyles));
  for (const char* conflictual : {"sanction", "criticism", "attack"}) {
    const EdgeStyle& s = edge_style(conflictual, Polarity::conflictual);
    CHECK(s.line == "dashed");
    const Rgb c = rgb(s.color);
    CHECK_MESSAGE(c.r > 2 * c.g, conflictual);  // red dominates
    CHECK(c.r > 2 * c.b);
  }
  for (const char* cooperative : {"trade", "agreement", "exercise", "visit", "meeting"})
    CHECK(edge_style(cooperative, Polarity::cooperative).line == "solid");
}

TEST_CASE("relations outside the table are styled by polarity") {
  CHECK(&edge_style("raid", Polarity::conflictual) == &kConflictualStyle);
  CHECK(&edge_style("aid", Polarity::cooperative) == &kCooperativeStyle);
  CHECK(&edge_style("mention", Polarity::neutral) == &kNeutralStyle);
  CHECK(kConflictualStyle.line == "dashed");
}

TEST_CASE("node font size: square-root scale within bounds") {
  CHECK(node_font_size(0, 100) == kMinNodeFont);
  CHECK(node_font_size(5, 0) == kMinNodeFont);
  CHECK(node_font_size(100, 100) == doctest::Approx(kMaxNodeFont));
  CHECK(node_font_size(500, 100) == doctest::Approx(kMaxNodeFont));
  CHECK(node_font_size(25, 100) == doctest::Approx(kMinNodeFont + 0.5 * (kMaxNodeFont - kMinNodeFont)));
  CHECK(node_font_size(10, 100) < node_font_size(11, 100));
}

TEST_CASE("edge width: log scale within bounds") {
  CHECK(edge_width(1, 1) == kMinEdgeWidth);
  CHECK(edge_width(0, 50) == kMinEdgeWidth);
  CHECK(edge_width(1, 50) == kMinEdgeWidth);
  CHECK(edge_width(50, 50) == doctest::Approx(kMaxEdgeWidth));
  CHECK(edge_width(99, 50) == doctest::Approx(kMaxEdgeWidth));
  CHECK(edge_width(10, 100) == doctest::Approx(kMinEdgeWidth + 0.5 * (kMaxEdgeWidth - kMinEdgeWidth)));
  CHECK(edge_width(3, 100) < edge_width(4, 100));
}

TEST_CASE("rgb splits a #rrggbb colour; anything else is black") {
  const Rgb c = rgb("#1f77b4");
  CHECK(c.r == 0x1f);
  CHECK(c.g == 0x77);
  CHECK(c.b == 0xb4);
  CHECK(rgb("#FFfF00").g == 0xff);
  for (const char* bad : {"", "1f77b4", "#1f77b", "#1f77b4a", "#1g77b4"}) {
    const Rgb k = rgb(bad);
    CHECK(k.r + k.g + k.b == 0);
  }
}

}  // namespace
}  // namespace ag
