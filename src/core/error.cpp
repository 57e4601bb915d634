// core/error.cpp: formatting of error locations.
#include "core/error.hpp"

#include <fmt/format.h>

namespace ag {

std::string Location::str() const {
  if (file.empty() && json_path.empty()) return {};
  std::string out = file;
  if (line > 0) {
    out += fmt::format(":{}", line);
    if (column > 0) out += fmt::format(":{}", column);
  }
  if (!json_path.empty()) out += fmt::format(" (at {})", json_path);
  if (offset != static_cast<std::size_t>(-1)) out += fmt::format(" (byte {})", offset);
  return out;
}

std::string Error::message() const {
  const std::string where = where_.str();
  return where.empty() ? std::string(what()) : where + ": " + what();
}

}  // namespace ag
