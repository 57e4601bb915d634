// read/directory.cpp: walking a directory tree.
//
// Entries are visited depth first, each directory's entries sorted by name as bytes (no locale), so
// the order of documents never depends on the file system. Names starting with "." are skipped.
// Symbolic links are followed, but a link (or mount) that leads back to a directory we are already
// inside is a warning and is not followed, so a loop can never make the walk run forever. Anything
// that fails inside the tree (a file or directory we may not read, a broken link, a device or a
// pipe) is a warning and a skip: one bad file should not cost a user the rest of the corpus.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include "read/read_detail.hpp"

namespace ag::read_detail {
namespace {

struct Visited {
  dev_t device;
  ino_t inode;
  std::string path;
};

class Walker {
 public:
  Walker(const DocumentSink& sink, const Reporter& report) : sink_(sink), report_(report) {}

  void walk(const std::string& root) {
    struct stat st {};
    if (::stat(root.c_str(), &st) != 0) return report_.cannot_read(Input{root, {}, true}, errno);
    ancestors_.push_back({st.st_dev, st.st_ino, root});
    walk_dir(root, {}, true);
    ancestors_.pop_back();
  }

 private:
  // The visible entry names of `path`, sorted; false (after reporting) when it cannot be listed.
  bool list(const std::string& path, bool top_level, std::vector<std::string>& names) const {
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) {
      report_.cannot_read(Input{path, {}, top_level}, errno);
      return false;
    }
    errno = 0;
    while (const dirent* entry = ::readdir(dir)) {
      if (entry->d_name[0] != '.') names.emplace_back(entry->d_name);
    }
    const int err = errno;
    ::closedir(dir);
    if (err != 0) {
      report_.cannot_read(Input{path, {}, top_level}, err);
      return false;
    }
    std::sort(names.begin(), names.end());
    return true;
  }

  void walk_dir(const std::string& path, const std::string& prefix, bool top_level) {
    std::vector<std::string> names;
    if (!list(path, top_level, names)) return;
    const std::string base = path.ends_with('/') ? path : path + "/";
    for (const std::string& name : names) visit(base + name, prefix.empty() ? name : prefix + "/" + name);
  }

  void visit(const std::string& path, const std::string& id) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return unreachable(path, errno);
    if (S_ISDIR(st.st_mode)) return enter(path, id, st);
    if (S_ISREG(st.st_mode)) return read_file(Input{path, id, false}, sink_, report_);
    report_.warn(Location(path), "not a regular file or directory; skipped");
  }

  void enter(const std::string& path, const std::string& id, const struct stat& st) {
    const auto loop = std::find_if(ancestors_.begin(), ancestors_.end(), [&](const Visited& v) {
      return v.device == st.st_dev && v.inode == st.st_ino;
    });
    if (loop != ancestors_.end()) {
      return report_.warn(Location(path), "symbolic link loop (leads back to " + loop->path + "); not followed");
    }
    ancestors_.push_back({st.st_dev, st.st_ino, path});
    walk_dir(path, id, false);
    ancestors_.pop_back();
  }

  // stat failed: say why in the words a user expects for links.
  void unreachable(const std::string& path, int err) const {
    struct stat link {};
    const bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    if (err == ELOOP) return report_.warn(Location(path), "symbolic link loop; not followed");
    if (is_link && err == ENOENT) return report_.warn(Location(path), "broken symbolic link; skipped");
    report_.cannot_read(Input{path, {}, false}, err);
  }

  const DocumentSink& sink_;
  const Reporter& report_;
  std::vector<Visited> ancestors_;
};

}  // namespace

void read_directory(const std::string& root, const DocumentSink& sink, const Reporter& report) {
  Walker(sink, report).walk(root);
}

}  // namespace ag::read_detail
