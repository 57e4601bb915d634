// core/ordered_render.hpp: rendering a long list on several threads, emitted in list order.
//
// Writing a graph file is mostly turning each of a million edges into text, one independent of
// the next. The items are cut into runs of `chunk`; up to `threads` threads render the runs of a
// window (a few per thread) into their own buffers, then the calling thread emits the window's
// buffers in order and the next window starts. The output is the same bytes for any thread count;
// memory is a window of buffers, not the whole text. An exception from a renderer is rethrown on
// the calling thread after the window's threads have stopped; nothing of that window is emitted.
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
