// pipeline/parallel_extraction.cpp: a small work queue with an in-order result window.
//
// The calling thread reads documents and queues them in batches; workers take a batch at a time,
// extract and prepare its documents; the calling thread hands them to the sink in input order as
// batches complete. Batches keep the threads from meeting at the queue's lock once per document
// (on short news items that was a context switch per document). The window of batches in flight is
// bounded by a count and by the bytes of text it holds, large enough that a slow document does not
// leave the other workers idle, nor the sink's pauses (the assembler writing a run to disk takes
// a few tenths of a second), small enough that memory does not depend on the corpus.
#include "pipeline/parallel_extraction.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace ag {
namespace {

constexpr std::size_t kBatchBytes = std::size_t{256} << 10;   // a batch closes at this much text
constexpr std::size_t kBatchDocuments = 64;                    // ... or this many documents
constexpr std::size_t kWindowPerThread = 16;                   // batches in flight per worker (4 MB of text)
constexpr std::size_t kWindowBytes = std::size_t{64} << 20;    // ... and at most this much text

// One document of a batch: filled by a worker, consumed in order by the calling thread.
struct Item {
  Document doc;
  Extraction ex;
  std::any prepared;
  std::exception_ptr error;  // the item's extraction failed; later items of the batch were not run
};

struct Batch {
  std::vector<Item> items;
  std::size_t bytes = 0;
  bool done = false;

  // Adds a document; true when the batch is full.
  bool add(Document&& doc) {
    bytes += doc.text.size();
    items.push_back(Item{std::move(doc), {}, {}, {}});
    return bytes >= kBatchBytes || items.size() >= kBatchDocuments;
  }
  // Hands the extracted documents to the sink in order, or rethrows the first one's error; each
  // document's memory goes as the sink is done with it.
  void deliver(const PreparedSink& sink) {
    for (Item& item : items) {
      if (item.error) std::rethrow_exception(item.error);
      sink(item.doc, item.ex, item.prepared);
      item = Item{};
    }
  }
};

// Extracts and prepares a batch's documents. The documents are extracted together (faster, see
// Extractor::extract_batch); if that throws, they are extracted again one at a time, so that the
// error is pinned on its document and the documents before it are still delivered.
void extract_items(const Extractor& x, const PrepareStep& prepare, std::vector<Item>& items) {
  std::vector<const Document*> docs;
  std::vector<Extraction*> outs;
  for (Item& item : items) {
    docs.push_back(&item.doc);
    outs.push_back(&item.ex);
  }
  bool extracted = true;
  try {
    x.extract_batch(docs, outs);
  } catch (...) {
    extracted = false;
  }
  for (Item& item : items) {
    try {
      if (!extracted) x.extract(item.doc, item.ex);
      if (prepare) item.prepared = prepare(item.doc, item.ex);
    } catch (...) {
      item.error = std::current_exception();
      break;
    }
  }
}

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

  void submit(std::shared_ptr<Batch> batch) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(batch));
    }
    wake_workers_.notify_one();
  }

  void wait(const Batch& batch) {
    std::unique_lock lock(mutex_);
    batch_done_.wait(lock, [&] { return batch.done; });
  }

 private:
  void work() {
    for (;;) {
      std::shared_ptr<Batch> batch;
      {
        std::unique_lock lock(mutex_);
        wake_workers_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
      }
      extract_items(x_, prepare_, batch->items);
      {
        std::lock_guard lock(mutex_);
        batch->done = true;
      }
      batch_done_.notify_all();
    }
  }

  const Extractor& x_;
  const PrepareStep& prepare_;
  std::vector<std::thread> workers_;
  std::deque<std::shared_ptr<Batch>> queue_;
  std::mutex mutex_;
  std::condition_variable wake_workers_, batch_done_;
  bool stopping_ = false;
};

}  // namespace

void extract_documents(const std::vector<std::string>& inputs, const ReadOptions& options, const Extractor& extractor,
                       unsigned threads, const PrepareStep& prepare, const PreparedSink& sink, const WarningSink& warn) {
  threads = effective_threads(threads);
  if (threads == 1) {
    // No pool, but the same batches: a batch's documents are extracted together.
    Batch batch;
    auto run = [&] {
      extract_items(extractor, prepare, batch.items);
      batch.deliver(sink);
      batch = Batch{};
    };
    read_documents(inputs, options, [&](Document&& doc) {
      if (batch.add(std::move(doc))) run();
    }, warn);
    run();
    return;
  }
  Pool pool(extractor, prepare, threads);
  std::deque<std::shared_ptr<Batch>> window;  // submitted, in input order
  std::size_t window_bytes = 0;
  const std::size_t max_window = kWindowPerThread * static_cast<std::size_t>(threads);
  auto open = std::make_shared<Batch>();  // being filled by the reader
  auto drain_one = [&] {
    const std::shared_ptr<Batch> front = window.front();
    window.pop_front();
    pool.wait(*front);
    window_bytes -= front->bytes;
    front->deliver(sink);
  };
  auto submit_open = [&] {
    window_bytes += open->bytes;
    window.push_back(open);
    pool.submit(std::move(open));
    open = std::make_shared<Batch>();
    while (window.size() > max_window || (window.size() > 1 && window_bytes > kWindowBytes)) drain_one();
  };
  read_documents(inputs, options, [&](Document&& doc) {
    if (open->add(std::move(doc))) submit_open();
  }, warn);
  if (!open->items.empty()) submit_open();
  while (!window.empty()) drain_one();
}

void extract_documents(const std::vector<std::string>& inputs, const ReadOptions& options, const Extractor& extractor,
                       unsigned threads, const ExtractionSink& sink, const WarningSink& warn) {
  extract_documents(inputs, options, extractor, threads, PrepareStep{},
                    [&](const Document& doc, const Extraction& ex, std::any&) { sink(doc, ex); }, warn);
}

}  // namespace ag
