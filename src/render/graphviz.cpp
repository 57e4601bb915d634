// render/graphviz.cpp: the GraphViz context with statically registered plugins, the capture of
// GraphViz's messages, and DOT output into memory.
#include "render/graphviz.hpp"

#include <algorithm>
#include <mutex>

#include "core/error.hpp"

// The plugin libraries' entry points (libgvplugin_*.so in <libdir>/graphviz, linked by
// src/render/CMakeLists.txt). Each is a gvplugin_library_t; only their addresses are needed.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

// The builtin plugin table gvContextPlugins() reads, the way a libtool-preloaded `dot` lists it.
// (gvcext.h declares this name with C linkage.)
lt_symlist_t lt_preloaded_symbols[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};

namespace ag::detail {

namespace {

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// GraphViz hands its messages to this function in pieces ("Warning", ": ", "text\n"); they are
// joined here and split into lines by take_messages(). Guarded by graphviz_mutex().
std::string& captured() {
  static std::string text;
  return text;
}

int capture_message(char* piece) {
  captured() += piece;
  return 0;
}

}  // namespace

struct GraphvizSession::Lock {
  std::lock_guard<std::mutex> guard{graphviz_mutex()};
};

namespace {

// One context for the whole process, never freed. GraphViz 2.42's pango plugin remembers the last
// font name it laid out in a static pointer into the context's font table; a second context
// after gvFreeContext() would compare against freed memory (AddressSanitizer shows it in the
// render tests). A context serves any number of layouts, as in `dot` itself.
GVC_t* process_context() {
  static GVC_t* const gvc = gvContextPlugins(lt_preloaded_symbols, 0);
  return gvc;
}

}  // namespace

GraphvizSession::GraphvizSession() : lock_(std::make_unique<Lock>()) {
  captured().clear();
  agseterrf(capture_message);
  agseterr(AGWARN);
  gvc_ = process_context();
  if (!gvc_) throw OutputError(Location("graphviz"), "cannot create a GraphViz context");
}

GraphvizSession::~GraphvizSession() { agseterrf(nullptr); }

std::vector<std::string> GraphvizSession::layout_engines() const {
  int n = 0;
  char** list = gvPluginList(gvc_, "layout", &n, nullptr);
  std::vector<std::string> engines;
  for (int i = 0; i < n; ++i) {
    engines.emplace_back(list[i]);
    free(list[i]);  // NOLINT: allocated by GraphViz with malloc
  }
  free(list);  // NOLINT
  std::sort(engines.begin(), engines.end());
  engines.erase(std::unique(engines.begin(), engines.end()), engines.end());
  return engines;
}

std::vector<std::string> GraphvizSession::take_messages() {
  std::vector<std::string> lines;
  std::string& text = captured();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  text.clear();
  return lines;
}

void AgraphCloser::operator()(Agraph_t* g) const {
  if (g) agclose(g);
}

namespace {

// agwrite() writes through the graph's IO discipline; ours appends to the std::string the
// channel points to.
int put_string(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int flush_nothing(void*) { return 0; }

Agiodisc_t string_io = {nullptr, put_string, flush_nothing};
Agdisc_t string_disc = {&AgMemDisc, &AgIdDisc, &string_io};

}  // namespace

AgraphPtr agopen_dot(const std::string& name) {
  string_io.afread = AgIoDisc.afread;
  Agraph_t* g = agopen(const_cast<char*>(name.c_str()), Agdirected, &string_disc);
  if (!g) throw OutputError(Location("graphviz"), "cannot create a graph");
  return AgraphPtr(g);
}

std::string write_dot(Agraph_t* g) {
  std::string out;
  if (agwrite(g, &out) == EOF) throw OutputError(Location("graphviz"), "cannot write DOT");
  return out;
}

AgraphPtr read_dot(const std::string& dot) {
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) throw OutputError(Location("graphviz"), "cannot read back the DOT text of the diagram");
  return AgraphPtr(g);
}

}  // namespace ag::detail
