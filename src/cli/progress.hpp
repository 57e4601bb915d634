// cli/progress.hpp: the progress line of `build` and `extract` on a terminal.
//
// One line on stderr, redrawn in place with '\r': documents done, MB of text read, MB/s and, when
// the total input size is known, the share done and an ETA. It appears only once a run has lasted
// a second (short runs stay silent), is redrawn at most ten times a second, and ends with a
// newline. It is off unless stderr is a terminal and the user did not ask for --quiet, so output
// redirected to a file or a pipe never holds it. Anything else printed to the same stream while the
// line is shown must call clear() first; the next update draws the line again.
//
// The clock is a parameter so that tests drive the line with a fake one.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ag::cli {

class ProgressLine {
 public:
  using Clock = std::function<double()>;  // seconds since any fixed point, never decreasing

  static constexpr double kDelay = 1.0;     // nothing is drawn before the run is this old (s)
  static constexpr double kInterval = 0.1;  // ... and then at most once per this many seconds

  // `total_bytes`: the size of the whole input when known (the ETA needs it).
  ProgressLine(std::ostream& out, Clock clock, bool enabled, std::optional<std::uint64_t> total_bytes);
  ~ProgressLine();  // ends a drawn line with a newline (also when an error unwinds the run)
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // One more document of `bytes` bytes is done; redraws the line when it is due.
  void add_document(std::uint64_t bytes);
  // Blanks the drawn line and returns the cursor to its start, so that a warning can be printed.
  void clear();
  // Draws the final figures and ends the line with a newline, if the line was ever drawn.
  void finish();

  // The text of the line for these figures (no '\r'), e.g.
  // "1234 docs  56.7 MB / 200.0 MB (28%)  98.1 MB/s  ETA 0:02". Exposed for tests.
  static std::string format(std::uint64_t docs, std::uint64_t bytes, double seconds,
                            std::optional<std::uint64_t> total_bytes);

 private:
  void draw(double now);

  std::ostream& out_;
  Clock clock_;
  bool enabled_;
  std::optional<std::uint64_t> total_;
  double start_ = 0;
  double last_draw_ = 0;
  std::uint64_t docs_ = 0, bytes_ = 0;
  std::size_t shown_ = 0;  // characters of the line on screen now (0: none)
  bool drawn_ = false;     // was the line ever drawn
  bool finished_ = false;
};

// The steady clock in seconds.
double steady_seconds();

// The sum of the sizes of the regular files the inputs name (directories walked without following
// links, hidden entries skipped as the reader does); nullopt when an input is "-" (stdin).
// Inputs that cannot be read count 0: the reader reports them.
std::optional<std::uint64_t> input_bytes(const std::vector<std::string>& inputs);

// Is standard output a terminal? (Then a command printing there shows no progress line.)
bool stdout_is_terminal();

// The line a command shows: on stderr, enabled when stderr is a terminal and not `quiet`. The
// input size is only computed when the line is enabled.
ProgressLine terminal_progress(const std::vector<std::string>& inputs, bool quiet);

}  // namespace ag::cli
