// render/graphviz.hpp: the one door to GraphViz (libcgraph, libgvc) for the render stage.
//
// A GraphvizSession is a GVC_t context whose plugins are linked into the executable and
// registered with gvContextPlugins() (no plugin configuration file, no dlopen), so rendering works
// on a machine where `dot -c` was never run: the dot and neato layout plugins (dot, neato, fdp,
// sfdp, circo, twopi, osage, patchwork), the core renderers (svg, dot, canon, ...) and the
// cairo/pango renderers (png, pdf).
//
// GraphViz is not thread-safe (global error state, global option tables). A session holds a
// process-wide mutex from construction to destruction: all GraphViz work happens inside one
// session, on the thread that created it. GraphViz's error and warning messages are captured
// (never printed) and handed to the session's owner.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace ag::detail {

class GraphvizSession {
 public:
  GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;
  ~GraphvizSession();

  GVC_t* context() const { return gvc_; }
  // The layout engines the linked-in plugins provide, sorted.
  std::vector<std::string> layout_engines() const;
  // Messages GraphViz reported since the last call ("Warning: ...", "Error: ..."), one per line.
  std::vector<std::string> take_messages();

 private:
  struct Lock;
  std::unique_ptr<Lock> lock_;
  GVC_t* gvc_ = nullptr;
};

// Owns an Agraph_t opened with agopen_dot(); agclose() on destruction.
struct AgraphCloser {
  void operator()(Agraph_t* g) const;
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// A new root digraph named `name` whose agwrite() output can be collected by write_dot().
AgraphPtr agopen_dot(const std::string& name);
// The graph as DOT text (agwrite).
std::string write_dot(Agraph_t* g);
// A graph parsed from DOT text (agmemread). Throws OutputError naming GraphViz's complaint.
AgraphPtr read_dot(const std::string& dot);

}  // namespace ag::detail
