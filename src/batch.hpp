// Batch runs over JSONL corpora: lines in, one JSON line out per input line
// and in input order, several documents analysed at once, memory bounded by
// the lines in flight (not by the corpus). A plain stdin -> stdout filter,
// so it serves as a Hadoop Streaming or Spark RDD.pipe() mapper.
#pragma once
#include "rules.hpp"
#include "source_graph.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <map>
#include <ostream>
#include <string>

namespace quotegraph {

struct batch_summary {
    std::size_t documents = 0;    // lines analysed
    std::size_t errors = 0;       // lines that could not be read (reported, skipped)
    std::size_t attributions = 0;
    std::map<std::string, std::size_t, std::less<>> flags;
    std::size_t bytes = 0;        // input bytes whose output is written (at the end, all read)
};

struct batch_options {
    unsigned jobs = 1;
    std::string name = "stdin";   // for messages: NAME:LINE: error: ...
    std::size_t chunk_lines = 64; // lines handed to a worker at a time
    // called now and then from the writing thread, and once at the end
    std::function<void(const batch_summary&, bool done)> progress;
    // called for each bad line, in input order: "NAME:LINE: error: ..."
    std::function<void(const std::string&)> error;
    // if set, every document's source graph is merged into it (memory then
    // grows with the claims of the corpus)
    source_graph* graph = nullptr;
};

// Reads `in` to its end; writes one line per non-blank input line to `out`.
batch_summary run_batch(std::istream& in, std::ostream& out, const rule_set& rules, const batch_options& opt);

} // namespace quotegraph
