#include "batch.hpp"

#include "export_json.hpp"
#include "input.hpp"
#include "quotegraph.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace quotegraph {

namespace {

struct chunk {
    std::size_t seq = 0;
    std::size_t first_line = 0;       // line number of lines[0]
    std::vector<std::string> lines;   // blank ones included, to keep the numbers
    std::size_t bytes = 0;            // the lines' bytes, newlines counted
    std::string output;               // filled by a worker
    std::vector<std::string> errors;  // "NAME:LINE: error: ..."
    batch_summary counts;
    std::optional<source_graph> graph; // the chunk's documents' graphs, when asked for
    bool done = false;
};

// A chunk's lines, analysed. (Out of line: bench/ and docs/BENCHMARKS.md
// count instructions with callgrind collecting in this function only.)
[[gnu::noinline]] void process(chunk& c, const rule_set& rules, const std::string& name, bool graph) {
    if (graph) c.graph.emplace();
    // (a line of output is about as long as its input line: reserved once, not
    // grown by copying as the lines come)
    c.output.reserve(c.output.size() + c.bytes + c.bytes / 4);
    for (std::size_t k = 0; k < c.lines.size(); ++k) {
        const std::string& line = c.lines[k];
        if (blank_line(line)) continue;
        input_doc d = parse_jsonl_line(line, name, c.first_line + k);
        if (d.error) {
            ++c.counts.errors;
            c.errors.push_back(d.origin + ": error: " + *d.error);
            c.output += error_json(d.id, *d.error);
            c.output += '\n';
            continue;
        }
        analysis a = analyze(std::move(d.id), std::move(d.text), rules, std::move(d.publisher));
        ++c.counts.documents;
        c.counts.attributions += a.attributions.size();
        for (const auto& cl : a.claims)
            for (const auto& f : cl.flags) {
                auto it = c.counts.flags.find(f.id);
                if (it == c.counts.flags.end()) it = c.counts.flags.emplace(f.id, 0).first;
                ++it->second;
            }
        append_json_line(c.output, a);
        c.output += '\n';
        if (graph) c.graph->merge(*a.graph);
    }
}

void add(batch_summary& to, const batch_summary& from) {
    to.documents += from.documents;
    to.errors += from.errors;
    to.attributions += from.attributions;
    for (const auto& [id, n] : from.flags) to.flags[id] += n;
}

} // namespace

batch_summary run_batch(std::istream& in, std::ostream& out, const rule_set& rules, const batch_options& opt) {
    const unsigned jobs = std::max(1u, opt.jobs);
    // at most this many chunks read and not yet written: the memory bound
    const std::size_t in_flight = 2 * jobs + 2;

    std::mutex m;
    std::condition_variable work_ready, chunk_done, room;
    std::deque<chunk> window;        // chunks in input order, written from the front
    std::size_t next_to_process = 0; // index into window of the next chunk a worker takes
    bool input_over = false;
    batch_summary total;
    std::optional<read_failure> stopped; // the input refused (compressed) or cut short by a read error

    auto worker = [&] {
        for (;;) {
            chunk* c = nullptr;
            {
                std::unique_lock lock(m);
                work_ready.wait(lock, [&] { return next_to_process < window.size() || input_over; });
                if (next_to_process >= window.size()) return;
                c = &window[next_to_process++];
            }
            process(*c, rules, opt.name, opt.graph != nullptr);
            {
                std::lock_guard lock(m);
                c->done = true;
            }
            chunk_done.notify_all();
        }
    };

    // the reader: fills the window, waiting while it is full
    std::thread reader([&] {
        std::size_t seq = 0, line_no = 0;
        std::string line; // (read into again and again: its buffer grows to the longest line once)
        jsonl_lines lines(in, opt.name);
        for (;;) {
            chunk c;
            c.seq = seq++;
            c.first_line = line_no + 1;
            while (c.lines.size() < opt.chunk_lines && lines.next(line)) {
                c.bytes += line.size() + 1;
                // kept with room after it, so that the worker's JSON parser reads it in place
                std::string kept;
                kept.reserve(line.size() + jsonl_line_padding);
                kept.assign(line);
                c.lines.push_back(std::move(kept));
            }
            line_no += c.lines.size();
            std::unique_lock lock(m);
            if (c.lines.empty()) {
                stopped = lines.failure();
                break;
            }
            room.wait(lock, [&] { return window.size() < in_flight; });
            window.push_back(std::move(c));
            lock.unlock();
            work_ready.notify_one();
        }
        std::lock_guard lock(m);
        input_over = true;
        work_ready.notify_all();
        chunk_done.notify_all();
    });

    std::vector<std::thread> workers;
    for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(worker);

    // the writer (this thread): the front chunk as soon as it is done
    for (;;) {
        std::unique_lock lock(m);
        chunk_done.wait(lock, [&] { return (!window.empty() && window.front().done) || (input_over && window.empty()); });
        if (window.empty()) break;
        chunk c = std::move(window.front());
        window.pop_front();
        --next_to_process;
        add(total, c.counts);
        total.bytes += c.bytes; // (counted as written, not as read ahead: the bar shows what is done)
        const batch_summary now = total;
        lock.unlock();
        room.notify_one();
        out << c.output;
        if (opt.graph && c.graph) opt.graph->merge(*c.graph);
        if (opt.error)
            for (const auto& e : c.errors) opt.error(e);
        if (opt.progress) opt.progress(now, false);
    }
    reader.join();
    for (auto& w : workers) w.join();
    if (stopped) {
        ++total.errors;
        if (opt.error) opt.error(opt.name + ":" + std::to_string(stopped->line) + ": error: " + stopped->message);
    }
    out.flush();
    if (opt.progress) opt.progress(total, true);
    return total;
}

} // namespace quotegraph
