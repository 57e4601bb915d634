// render_in_order: the same bytes for any number of threads, runs emitted in order, and a failing
// run stops the rendering with its error.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/ordered_render.hpp"

using namespace ag;

namespace {

std::string render_all(std::size_t count, unsigned threads, std::size_t chunk, std::vector<std::size_t>* sizes = nullptr) {
  std::string out;
  render_in_order(
      count, threads, chunk,
      [](std::size_t begin, std::size_t end, std::string& text) {
        for (std::size_t i = begin; i < end; ++i) text += std::to_string(i) + (i % 3 == 0 ? "\n" : " ");
      },
      [&](const std::string& text) {
        out += text;
        if (sizes) sizes->push_back(text.size());
      });
  return out;
}

}  // namespace

TEST_CASE("every thread count renders the same bytes, in item order") {
  std::string expected;
  for (std::size_t i = 0; i < 10000; ++i) expected += std::to_string(i) + (i % 3 == 0 ? "\n" : " ");
  for (unsigned threads : {0u, 1u, 2u, 3u, 8u})
    for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{512}, std::size_t{20000}}) {
      CAPTURE(threads);
      CAPTURE(chunk);
      CHECK(render_all(10000, threads, chunk) == expected);
    }
  CHECK(render_all(0, 4, 16).empty());
}

TEST_CASE("runs are emitted one by one, never a run twice") {
  std::vector<std::size_t> sizes;
  render_all(1000, 3, 100, &sizes);
  CHECK(sizes.size() == 10);
  sizes.clear();
  render_all(1001, 3, 100, &sizes);
  CHECK(sizes.size() == 11);
}

TEST_CASE("a renderer's error reaches the caller; the failing window is not emitted") {
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    std::string out;
    auto render = [](std::size_t begin, std::size_t end, std::string& text) {
      for (std::size_t i = begin; i < end; ++i) {
        if (i == 4321) throw std::runtime_error("item 4321");
        text += std::to_string(i) + ",";
      }
    };
    CHECK_THROWS_WITH_AS(render_in_order(10000, threads, 10, render, [&](const std::string& t) { out += t; }),
                         "item 4321", std::runtime_error);
    // Everything emitted is a prefix of the full output that stops before the failing item.
    CHECK(out.find("4321,") == std::string::npos);
    CHECK(out.rfind("0,1,2,", 0) == 0);
  }
}
