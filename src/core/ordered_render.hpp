// core/ordered_render.hpp: rendering a long list on several threads, emitted in list order.
//
// Writing a graph file is mostly turning each of a million edges into text, one independent of
// the next. The items are cut into runs of `chunk`, rendered on up to `threads` threads into
// buffers of their own, and emitted by the calling thread in order as they are done; while it
// emits (writes) one run, the other threads render the next ones, and it renders one itself when
// the next to emit is not ready. At most a window of runs (four per thread) is rendered ahead of
// the one emitted: memory is a window of buffers, not the whole text. The output is the same bytes
// for any thread count. An exception from a renderer or from `emit` is rethrown on the calling
// thread once the other threads have stopped; runs before the failing one may have been emitted,
// the failing run and those after it are not.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace ag {

// render(begin, end, buffer) appends items [begin, end) to buffer; emit(buffer) writes it out.
using RenderRun = std::function<void(std::size_t begin, std::size_t end, std::string& buffer)>;
using EmitRun = std::function<void(const std::string& buffer)>;

void render_in_order(std::size_t count, unsigned threads, std::size_t chunk, const RenderRun& render,
                     const EmitRun& emit);

}  // namespace ag
