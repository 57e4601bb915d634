// core/ordered_render.hpp: producing a long list's parts on several threads, consumed in order.
//
// Writing a graph file is mostly turning each of a million edges into text, one independent of
// the next; reading it back is mostly parsing each edge, one independent of the next. The items
// are cut into runs of `chunk`, produced on up to `threads` threads into buffers of their own, and
// consumed by the calling thread in order as they are done; while it consumes (writes, or adds to
// the graph) one run, the other threads produce the next ones, and it produces one itself when the
// next to consume is not ready. At most a window of runs (four per thread) is produced ahead of the
// one consumed: memory is a window of buffers, not the whole list. What is consumed is the same
// for any thread count. An exception from a producer or from `consume` is rethrown on the calling
// thread once the other threads have stopped; runs before the failing one may have been consumed,
// the failing run and those after it are not.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ag {

// The number of threads `threads` stands for (0 = std::thread::hardware_concurrency(), at least 1).
unsigned effective_threads(unsigned threads);

// produce(begin, end, buffer) puts items [begin, end) into `buffer` (cleared before);
// consume(buffer) takes them, in item order. `threads` 0 stands for every core.
template <typename Buffer>
void produce_in_order(std::size_t count, unsigned threads, std::size_t chunk,
                      const std::function<void(std::size_t begin, std::size_t end, Buffer& buffer)>& produce,
                      const std::function<void(Buffer& buffer)>& consume) {
  chunk = std::max<std::size_t>(chunk, 1);
  threads = effective_threads(threads);
  const std::size_t runs = (count + chunk - 1) / chunk;
  auto range = [&](std::size_t r, Buffer& buffer) {
    buffer.clear();
    produce(r * chunk, std::min(count, (r + 1) * chunk), buffer);
  };
  if (threads <= 1 || runs <= 1) {
    Buffer buffer;
    for (std::size_t r = 0; r < runs; ++r) {
      range(r, buffer);
      consume(buffer);
    }
    return;
  }

  // Run r is produced into slot r % window; a run may start once the run `window` places before it
  // was consumed. The calling thread consumes runs in order as they are done and produces one
  // itself when the next to consume is not ready, so consuming overlaps producing.
  struct Slot {
    Buffer buffer;
    bool done = false;
  };
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, consumed = 0;
  std::exception_ptr error;

  auto can_claim = [&] { return next < runs && next < consumed + window; };
  // Produces run r (the lock is held on entry and exit, released while producing).
  auto produce_claimed = [&](std::unique_lock<std::mutex>& lock, std::size_t r) {
    Slot& slot = slots[r % window];
    lock.unlock();
    std::exception_ptr failure;
    try {
      range(r, slot.buffer);
    } catch (...) {
      failure = std::current_exception();
    }
    lock.lock();
    if (failure && !error) error = failure;
    slot.done = true;
    changed.notify_all();
  };
  auto helper = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      changed.wait(lock, [&] { return error || next >= runs || can_claim(); });
      if (error || next >= runs) return;
      produce_claimed(lock, next++);
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned i = 1; i < threads && i < runs; ++i) helpers.emplace_back(helper);

  Buffer taken;
  {
    std::unique_lock lock(mutex);
    while (consumed < runs && !error) {
      Slot& slot = slots[consumed % window];
      if (slot.done) {
        slot.done = false;
        std::swap(taken, slot.buffer);
        ++consumed;
        changed.notify_all();  // a slot is free
        lock.unlock();
        try {
          consume(taken);
        } catch (...) {
          lock.lock();
          if (!error) error = std::current_exception();
          break;
        }
        lock.lock();
      } else if (can_claim()) {
        produce_claimed(lock, next++);
      } else {
        changed.wait(lock);
      }
    }
    changed.notify_all();
  }
  for (auto& t : helpers) t.join();
  if (error) std::rethrow_exception(error);
}

// The text case: render(begin, end, buffer) appends items [begin, end) to buffer; emit(buffer)
// writes it out.
using RenderRun = std::function<void(std::size_t begin, std::size_t end, std::string& buffer)>;
using EmitRun = std::function<void(const std::string& buffer)>;

void render_in_order(std::size_t count, unsigned threads, std::size_t chunk, const RenderRun& render,
                     const EmitRun& emit);

}  // namespace ag
