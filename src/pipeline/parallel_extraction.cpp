// pipeline/parallel_extraction.cpp: a small work queue with an in-order result window.
//
// The calling thread reads documents and queues them; workers take them in turn, extract and
// prepare them; the calling thread hands them to the sink in input order as they complete. The
// window of documents in flight is bounded by a count and by the bytes of text it holds, large
// enough that a slow document does not leave the other workers idle, small enough that memory
// does not depend on the corpus.
#include "pipeline/parallel_extraction.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace ag {
namespace {

constexpr std::size_t kWindowPerThread = 64;                   // documents in flight per worker
constexpr std::size_t kWindowBytes = std::size_t{64} << 20;    // ... and at most this much text

// One document in flight: filled by a worker, consumed in order by the calling thread.
struct Slot {
  Document doc;
  Extraction ex;
  std::any prepared;
  bool done = false;
  std::exception_ptr error;
};

class Pool {
 public:
  Pool(const Extractor& x, const PrepareStep& prepare, unsigned threads) : x_(x), prepare_(prepare) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_workers_.notify_all();
    for (auto& t : workers_) t.join();
  }

  void submit(std::shared_ptr<Slot> slot) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(slot));
    }
    wake_workers_.notify_one();
  }

  void wait(const Slot& slot) {
    std::unique_lock lock(mutex_);
    slot_done_.wait(lock, [&] { return slot.done; });
  }

 private:
  void work() {
    for (;;) {
      std::shared_ptr<Slot> slot;
      {
        std::unique_lock lock(mutex_);
        wake_workers_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        slot = std::move(queue_.front());
        queue_.pop_front();
      }
      try {
        x_.extract(slot->doc, slot->ex);
        if (prepare_) slot->prepared = prepare_(slot->doc, slot->ex);
      } catch (...) {
        slot->error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        slot->done = true;
      }
      slot_done_.notify_all();
    }
  }

  const Extractor& x_;
  const PrepareStep& prepare_;
  std::vector<std::thread> workers_;
  std::deque<std::shared_ptr<Slot>> queue_;
  std::mutex mutex_;
  std::condition_variable wake_workers_, slot_done_;
  bool stopping_ = false;
};

}  // namespace

unsigned effective_threads(unsigned threads) {
  if (threads > 0) return threads;
  const unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? n : 1;
}

void extract_documents(const std::vector<std::string>& inputs, const ReadOptions& options, const Extractor& extractor,
                       unsigned threads, const PrepareStep& prepare, const PreparedSink& sink, const WarningSink& warn) {
  threads = effective_threads(threads);
  if (threads == 1) {
    Extraction ex;
    std::any prepared;
    read_documents(inputs, options, [&](Document&& doc) {
      extractor.extract(doc, ex);
      if (prepare) prepared = prepare(doc, ex);
      sink(doc, ex, prepared);
    }, warn);
    return;
  }
  Pool pool(extractor, prepare, threads);
  std::deque<std::shared_ptr<Slot>> window;  // submitted, in input order
  std::size_t window_bytes = 0;
  const std::size_t max_window = kWindowPerThread * static_cast<std::size_t>(threads);
  auto drain_one = [&] {
    const std::shared_ptr<Slot> front = window.front();
    window.pop_front();
    pool.wait(*front);
    window_bytes -= front->doc.text.size();
    if (front->error) std::rethrow_exception(front->error);
    sink(front->doc, front->ex, front->prepared);
  };
  read_documents(inputs, options, [&](Document&& doc) {
    auto slot = std::make_shared<Slot>();
    slot->doc = std::move(doc);
    window_bytes += slot->doc.text.size();
    window.push_back(slot);
    pool.submit(std::move(slot));
    while (window.size() > max_window || (window.size() > 1 && window_bytes > kWindowBytes)) drain_one();
  }, warn);
  while (!window.empty()) drain_one();
}

void extract_documents(const std::vector<std::string>& inputs, const ReadOptions& options, const Extractor& extractor,
                       unsigned threads, const ExtractionSink& sink, const WarningSink& warn) {
  extract_documents(inputs, options, extractor, threads, PrepareStep{},
                    [&](const Document& doc, const Extraction& ex, std::any&) { sink(doc, ex); }, warn);
}

}  // namespace ag
