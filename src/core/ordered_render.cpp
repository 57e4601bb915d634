// core/ordered_render.cpp: see the header.
#include "core/ordered_render.hpp"

namespace ag {

unsigned effective_threads(unsigned threads) {
  if (threads > 0) return threads;
  const unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? n : 1;
}

void render_in_order(std::size_t count, unsigned threads, std::size_t chunk, const RenderRun& render,
                     const EmitRun& emit) {
  produce_in_order<std::string>(count, threads, chunk, render, [&](std::string& text) { emit(text); });
}

}  // namespace ag
