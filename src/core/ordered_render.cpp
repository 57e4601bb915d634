// core/ordered_render.cpp: see the header.
#include "core/ordered_render.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ag {

void render_in_order(std::size_t count, unsigned threads, std::size_t chunk, const RenderRun& render,
                     const EmitRun& emit) {
  chunk = std::max<std::size_t>(chunk, 1);
  const std::size_t runs = (count + chunk - 1) / chunk;
  if (threads <= 1 || runs <= 1) {
    std::string buffer;
    for (std::size_t r = 0; r < runs; ++r) {
      buffer.clear();
      render(r * chunk, std::min(count, (r + 1) * chunk), buffer);
      emit(buffer);
    }
    return;
  }
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::vector<std::string> buffers(window);
  for (std::size_t first = 0; first < runs; first += window) {
    const std::size_t last = std::min(runs, first + window);
    std::atomic<std::size_t> next{first};
    std::exception_ptr error;
    std::mutex error_mutex;
    auto work = [&] {
      for (std::size_t r = next++; r < last; r = next++) {
        std::string& buffer = buffers[r - first];
        buffer.clear();
        try {
          render(r * chunk, std::min(count, (r + 1) * chunk), buffer);
        } catch (...) {
          std::lock_guard lock(error_mutex);
          if (!error) error = std::current_exception();
          next = last;  // the other threads stop after their current run
        }
      }
    };
    std::vector<std::thread> helpers;
    const std::size_t helper_count = std::min<std::size_t>(threads - 1, last - first - 1);
    for (std::size_t i = 0; i < helper_count; ++i) helpers.emplace_back(work);
    work();
    for (auto& t : helpers) t.join();
    if (error) std::rethrow_exception(error);
    for (std::size_t r = first; r < last; ++r) emit(buffers[r - first]);
  }
}

}  // namespace ag
