// graph/spill_file.hpp: a sorted run of the graph being assembled, written to disk and read back.
//
// A build that holds more of its graph than its memory budget allows writes the documents and
// edges it holds to a spill file and starts afresh; at the end the runs are merged (see
// graph/run_merge.hpp). The file is scratch: private to one process, binary, never read by
// another version. It is unlinked as soon as it is created, so that nothing is left behind however
// the process ends; the open descriptor keeps it alive until the reader is done.
//
// Layout: the documents in id order, then the edges in written order, each item after a 1 and
// each list ended by a 0 (a merge of runs writes a run without knowing how many edges it will
// combine into). An edge is its two actors' node numbers, its relation's index in the rule pack
// and its counts, dates, amounts and evidence. Integers are LEB128, strings a length and bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/actor_graph.hpp"

namespace ag {

// One edge of a run, keyed by the assembler's node numbers and the relation's index in the pack.
struct SpilledEdge {
  std::uint32_t source = 0, target = 0, relation = 0;
  RelationEdge edge;  // relation, directed, polarity, cameo and plover are not stored: the pack has them
};

class SpillFile {
 public:
  // Creates an unlinked file in `directory`; throws OutputError naming the directory when it cannot.
  explicit SpillFile(const std::string& directory);
  SpillFile(SpillFile&&) noexcept;
  SpillFile& operator=(SpillFile&&) noexcept;
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  ~SpillFile();

  // Writing, once, in this order: the documents, then the edges, then finish(). Throws
  // OutputError on a write error (disk full).
  void write_documents(const std::vector<DocumentInfo>& documents);  // sorted by id
  void write_document(const DocumentInfo& d);                         // or one at a time, in id order
  void write_edge(const SpilledEdge& e);                              // in written order
  void finish();  // flushes; the file may then be read

  // Reading back, sequentially, in a buffer of a fixed size.
  class Reader {
   public:
    explicit Reader(const SpillFile& file);
    bool next_document(DocumentInfo& d);  // false once the documents are done
    bool next_edge(SpilledEdge& e);       // (after the documents) false once the edges are done

   private:
    std::uint8_t byte();
    std::uint64_t number();
    void text(std::string& s);
    Span span();
    void amounts(std::vector<Amount>& out);
    void fill();

    int fd_;
    std::string where_;
    std::uint64_t offset_ = 0;
    std::vector<char> buffer_;
    std::size_t at_ = 0, end_ = 0;
    bool in_edges_ = false, edges_done_ = false;
  };

 private:
  void number(std::uint64_t v);
  void text(const std::string& s);
  void span(Span s);
  void amounts(const std::vector<Amount>& list);
  void flush();
  void end_documents();

  int fd_ = -1;
  bool documents_done_ = false;
  std::string where_;  // the folder, for messages
  std::string buffer_;
};

}  // namespace ag
