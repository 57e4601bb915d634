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

TEST_CASE("a renderer's error reaches the caller; the failing run and the runs after it are not emitted") {
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
    // Everything emitted is a prefix of the full output that stops before the failing run.
    std::string full;
    for (std::size_t i = 0; i < 4320; ++i) full += std::to_string(i) + ",";
    CHECK(full.rfind(out, 0) == 0);
    CHECK(out.size() <= full.size());
  }
}

TEST_CASE("an error while emitting stops the rendering threads and reaches the caller") {
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    std::size_t emits = 0;
    auto render = [](std::size_t begin, std::size_t end, std::string& text) {
      for (std::size_t i = begin; i < end; ++i) text += std::to_string(i) + ",";
    };
    auto emit = [&](const std::string&) {
      if (++emits == 7) throw std::runtime_error("disk full");
    };
    CHECK_THROWS_WITH_AS(render_in_order(100000, threads, 10, render, emit), "disk full", std::runtime_error);
    CHECK(emits == 7);
  }
}
