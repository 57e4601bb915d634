// core/ordered_render.cpp: see the header.
#include "core/ordered_render.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ag {

void render_in_order(std::size_t count, unsigned threads, std::size_t chunk, const RenderRun& render,
                     const EmitRun& emit) {
  chunk = std::max<std::size_t>(chunk, 1);
  const std::size_t runs = (count + chunk - 1) / chunk;
  auto range = [&](std::size_t r, std::string& text) { render(r * chunk, std::min(count, (r + 1) * chunk), text); };
  if (threads <= 1 || runs <= 1) {
    std::string text;
    for (std::size_t r = 0; r < runs; ++r) {
      text.clear();
      range(r, text);
      emit(text);
    }
    return;
  }

  // Run r is rendered into slot r % window; a run may start once the run `window` places before it
  // was emitted. The calling thread emits runs in order as they are done and renders one itself
  // when the next to emit is not ready, so writing overlaps rendering.
  struct Slot {
    std::string text;
    bool done = false;
  };
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, emitted = 0;
  std::exception_ptr error;

  auto can_claim = [&] { return next < runs && next < emitted + window; };
  // Renders run r (the lock is held on entry and exit, released while rendering).
  auto render_claimed = [&](std::unique_lock<std::mutex>& lock, std::size_t r) {
    Slot& slot = slots[r % window];
    lock.unlock();
    std::exception_ptr failure;
    slot.text.clear();
    try {
      range(r, slot.text);
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
      render_claimed(lock, next++);
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned i = 1; i < threads && i < runs; ++i) helpers.emplace_back(helper);

  std::string out;
  {
    std::unique_lock lock(mutex);
    while (emitted < runs && !error) {
      Slot& slot = slots[emitted % window];
      if (slot.done) {
        slot.done = false;
        std::swap(out, slot.text);
        ++emitted;
        changed.notify_all();  // a slot is free
        lock.unlock();
        try {
          emit(out);
        } catch (...) {
          lock.lock();
          if (!error) error = std::current_exception();
          break;
        }
        lock.lock();
      } else if (can_claim()) {
        render_claimed(lock, next++);
      } else {
        changed.wait(lock);
      }
    }
    changed.notify_all();
  }
  for (auto& t : helpers) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace ag
