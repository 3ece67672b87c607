// The command line: wires inputs, rules and output formats to the library.
#include "export_json.hpp"
#include "batch.hpp"
#include "document.hpp"
#include "explain.hpp"
#include "export_csv.hpp"
#include "export_dot.hpp"
#include "export_graph_json.hpp"
#include "export_html.hpp"
#include "export_text.hpp"
#include "source_graph.hpp"
#include "input.hpp"
#include "quotegraph.hpp"
#include "rule_examples.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <iostream>
#include <sched.h>
#include <unistd.h>

namespace {

using namespace quotegraph;

// Exit codes (README.md): 0 all documents analysed, 1 some input could not
// be read or analysed (the rest was), 2 bad usage or broken rules.
constexpr int exit_ok = 0, exit_input = 1, exit_usage = 2;

struct analyze_options {
    std::string format;
    std::string input_format = "text";
    std::vector<std::string> rule_dirs;
    std::string output;
    std::vector<std::string> files;
    bool explain = false;
    bool graph = false; // `graph`: one merged source graph of all documents
};

// The rules of the defaults and `dirs`, their problems on stderr. They stay
// until the process ends: freeing the lexicon's tens of thousands of small
// nodes on the way out took about 1.5 ms of every run, to no one's benefit.
rules_result load_rules_reporting(const std::vector<std::string>& dirs) {
    auto loaded = load_rules(dirs);
    for (const auto& e : loaded.errors) std::cerr << e << '\n';
    static auto* const kept = new std::vector<std::shared_ptr<rule_set>>; // never freed, on purpose
    kept->push_back(loaded.rules);
    return loaded;
}

// Opens `path` for writing unless it is empty or "-" (stdout); false, said
// on stderr, when it cannot be, when it is one of `inputs` ("-": stdin),
// which opening it would empty before it is read, or one of the `opened`
// outputs, which the two would write over.
bool open_for_writing(std::ofstream& f, const std::string& path, const std::vector<std::string>& inputs,
                      const std::vector<std::string>& opened = {}) {
    if (path.empty() || path == "-") return true;
    // (only a regular file is emptied or overwritten: /dev/null may be all of them)
    std::error_code ec; // (false, not an error, when a path does not exist)
    const bool regular = std::filesystem::is_regular_file(path, ec);
    auto same_file = [&](const std::string& other) { return regular && std::filesystem::equivalent(path, other, ec); };
    for (const auto& in : inputs)
        if (same_file(in == "-" ? "/dev/stdin" : in)) {
            std::cerr << "quotegraph: " << path << " is also an input: writing it would empty it before it is read\n";
            return false;
        }
    for (const auto& out : opened)
        if (!out.empty() && out != "-" && same_file(out)) {
            std::cerr << "quotegraph: " << path << " is given for two outputs: they would write over each other\n";
            return false;
        }
    f.open(path, std::ios::binary);
    if (!f) std::cerr << "quotegraph: cannot write " << path << '\n';
    return bool(f);
}

int run_analyze(const analyze_options& opt) {
    auto loaded = load_rules_reporting(opt.rule_dirs);
    if (!loaded.ok()) return exit_usage;
    const rule_set& rules = *loaded.rules;

    std::ofstream file_out;
    const std::vector<std::string> files = opt.files.empty() ? std::vector<std::string>{"-"} : opt.files;
    if (!open_for_writing(file_out, opt.output, files)) return exit_usage;
    std::ostream& out = file_out.is_open() ? file_out : std::cout;
    std::string format = opt.format;
    if (format.empty())
        format = opt.input_format == "jsonl" ? "jsonl" : (isatty(STDOUT_FILENO) && !file_out.is_open() ? "text" : "json");

    bool failed = false;
    std::size_t written = 0;
    const bool array = format == "json" && !opt.graph && (files.size() > 1 || opt.input_format == "jsonl");
    if (array) out << "[\n";
    if (format == "csv") out << csv_header();
    // dot and the graph command write one graph of all documents at the end;
    // html writes one page of all of them
    const bool merged = opt.graph || format == "dot";
    source_graph all;
    std::vector<analysis> pages;

    auto emit = [&](input_doc&& in) {
        if (in.error) {
            failed = true;
            std::cerr << in.origin << ": error: " << *in.error << '\n';
            if (format == "jsonl" && !merged) out << error_json(in.id, *in.error) << '\n';
            return;
        }
        if (std::size_t bad = invalid_utf8_at(in.text); bad != std::string::npos)
            std::cerr << in.origin << ": warning: invalid UTF-8 at byte " << bad
                      << "; analysed as it is (offsets count bytes), shown as U+FFFD\n";
        analysis a = analyze(std::move(in.id), std::move(in.text), rules, std::move(in.publisher));
        if (merged) {
            all.merge(*a.graph);
            return;
        }
        if (format == "html") {
            pages.push_back(std::move(a));
            return;
        }
        std::vector<std::vector<std::string>> why;
        if (opt.explain) why = explain(a, rules);
        const auto* w = opt.explain ? &why : nullptr;
        if (format == "jsonl") out << to_json(a, false, w) << '\n';
        else if (format == "json") out << (array && written ? ",\n" : "") << to_json(a, true, w) << (array ? "" : "\n");
        else if (format == "csv") out << to_csv(a);
        else out << (written ? "\n" : "") << to_text(a, w);
        ++written;
    };

    for (const auto& f : files) {
        if (opt.input_format == "jsonl") {
            std::ifstream file;
            if (f != "-")
                if (auto e = open_input(file, f)) {
                    failed = true;
                    std::cerr << f << ": error: " << *e << '\n';
                    continue;
                }
            const std::string name = f == "-" ? "stdin" : f;
            if (auto e = read_jsonl(f == "-" ? std::cin : static_cast<std::istream&>(file), name, emit)) {
                failed = true;
                std::cerr << name << ':' << e->line << ": error: " << e->message << '\n';
            }
        } else {
            emit(f == "-" ? read_text(std::cin, "stdin") : read_text_file(f));
        }
    }
    if (array) out << "\n]\n";
    if (merged) {
        corroborate(all, rules);
        out << (format == "dot" ? to_dot(all) : to_graph_json(all, format == "json"));
    }
    if (format == "html") {
        std::vector<html_document> docs;
        for (const auto& a : pages) {
            docs.push_back({&a, graph_for_page(*a.graph, a.doc.id)});
        }
        out << to_html(docs);
    }
    out.flush();
    if (!out) {
        std::cerr << "quotegraph: write error\n";
        return exit_usage;
    }
    return failed ? exit_input : exit_ok;
}

std::vector<std::string> dirs_of(const std::string& dir) {
    return dir.empty() ? std::vector<std::string>{} : std::vector<std::string>{dir};
}

int run_rules_check(const std::string& dir) {
    auto loaded = load_rules(dirs_of(dir));
    for (const auto& e : loaded.errors) std::cout << e << '\n';
    if (!loaded.ok()) return exit_usage;
    std::cout << loaded.rules->files.size() << " rule files, no problems\n";
    return exit_ok;
}

// Exit 0 when every example holds, 1 when some do not, 2 when the rules are broken.
int run_rules_test(const std::string& dir) {
    auto loaded = load_rules(dirs_of(dir));
    for (const auto& e : loaded.errors) std::cout << e << '\n';
    if (!loaded.ok()) return exit_usage;
    const auto failures = run_examples(*loaded.rules);
    for (const auto& f : failures) std::cout << f.message << '\n';
    std::cout << loaded.rules->examples.size() << " examples, " << failures.size() << " failed\n";
    return failures.empty() ? exit_ok : exit_input;
}

// The entries in effect, a line each: kind, entry, and the file and line that define it.
int run_rules_list(const std::string& dir) {
    auto loaded = load_rules(dirs_of(dir));
    for (const auto& e : loaded.errors) std::cerr << e << '\n';
    if (!loaded.ok()) return exit_usage;
    std::vector<const rule_set::origin_map::value_type*> entries;
    for (const auto& e : loaded.rules->origins) entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    for (const auto* e : entries)
        std::cout << e->first.first << '\t' << e->first.second << '\t' << e->second.file() << ':' << e->second.line << '\n';
    return exit_ok;
}

struct batch_cli {
    std::string input = "-";
    std::string output;
    std::string errors;
    std::vector<std::string> rule_dirs;
    unsigned jobs = 0;
    bool quiet = false;
    std::string graph;        // --graph OUT: the merged source graph
    std::string graph_format; // dot | json (default: by OUT's extension)
};

// How a graph is written: DOT for "dot" (or a .dot/.gv path), one line of
// JSON otherwise (fragments for `merge`, one per line).
std::string graph_text(const source_graph& g, const std::string& format, const std::string& path) {
    const bool dot = format == "dot" || (format.empty() && (path.ends_with(".dot") || path.ends_with(".gv")));
    return dot ? to_dot(g) : to_graph_json(g, false);
}

// The cores this process may run on (taskset, a container's cpuset, a
// cluster's task slot), not all the machine's.
unsigned available_cores() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        if (const int n = CPU_COUNT(&set); n > 0) return unsigned(n);
    return std::max(1u, std::thread::hardware_concurrency());
}

std::string clock_text(double seconds) {
    const long s = long(seconds + 0.5);
    return std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
}

// Exit 0 every line analysed, 1 some lines could not be read (reported, the
// rest analysed), 2 bad usage, broken rules, input that cannot be opened or
// output that cannot be written.
int run_batch_cli(const batch_cli& opt) {
    auto loaded = load_rules_reporting(opt.rule_dirs);
    if (!loaded.ok()) return exit_usage;

    std::ifstream file_in;
    if (opt.input != "-")
        if (auto e = open_input(file_in, opt.input)) {
            std::cerr << "quotegraph: " << opt.input << ": " << *e << '\n';
            return exit_usage;
        }
    // known for a regular file, named or on stdin: the progress bar shows an ETA
    std::size_t size = 0;
    const std::string path = opt.input == "-" ? "/dev/stdin" : opt.input;
    if (std::error_code ec; std::filesystem::is_regular_file(path, ec))
        if (const auto n = std::filesystem::file_size(path, ec); !ec) size = n;
    std::istream& in = file_in.is_open() ? static_cast<std::istream&>(file_in) : std::cin;
    std::ofstream file_out, errors_out;
    const std::vector<std::string> inputs{opt.input};
    if (!open_for_writing(file_out, opt.output, inputs) || !open_for_writing(errors_out, opt.errors, inputs, {opt.output}))
        return exit_usage;
    std::ostream& out = file_out.is_open() ? static_cast<std::ostream&>(file_out) : std::cout;
    std::ofstream graph_out;
    const bool graph_to_stdout = opt.graph == "-";
    if (graph_to_stdout && !file_out.is_open()) {
        std::cerr << "quotegraph: --graph - writes the graph to stdout; give the attributions a file with -o\n";
        return exit_usage;
    }
    if (!opt.graph.empty() && !graph_to_stdout && !open_for_writing(graph_out, opt.graph, inputs, {opt.output, opt.errors}))
        return exit_usage;

    batch_options bo;
    source_graph graph;
    if (!opt.graph.empty()) bo.graph = &graph;
    bo.jobs = opt.jobs ? opt.jobs : available_cores();
    bo.name = opt.input == "-" ? "stdin" : opt.input;
    bo.error = [&](const std::string& e) {
        if (!opt.quiet) std::cerr << (isatty(STDERR_FILENO) ? "\r\033[K" : "") << e << '\n';
        if (errors_out.is_open()) errors_out << e << '\n';
    };
    const auto start = std::chrono::steady_clock::now();
    auto last_draw = start;
    const bool bar = isatty(STDERR_FILENO) && !opt.quiet;
    bo.progress = [&](const batch_summary& s, bool done) {
        const auto now = std::chrono::steady_clock::now();
        if (!bar || (!done && now - last_draw < std::chrono::milliseconds(200))) return;
        last_draw = now;
        const double secs = std::chrono::duration<double>(now - start).count();
        const double mbs = secs > 0 ? double(s.bytes) / 1e6 / secs : 0;
        std::string line = "\r\033[K  " + std::to_string(s.documents + s.errors) + " documents, " +
                           fmt::format("{:.1f}", mbs) + " MB/s";
        if (size) {
            const double part = std::min(1.0, double(s.bytes) / double(size));
            line += ", " + std::to_string(int(part * 100)) + "%";
            if (part > 0 && !done) line += ", ETA " + clock_text(secs * (1 - part) / part);
        }
        std::cerr << line << (done ? "\n" : "") << std::flush;
    };
    const batch_summary s = run_batch(in, out, *loaded.rules, bo);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!opt.quiet) {
        std::string flags;
        for (const auto& [id, n] : s.flags) flags += (flags.empty() ? "" : ", ") + id + " " + std::to_string(n);
        std::cerr << "batch: " << s.documents << " documents, " << s.attributions << " attributions, "
                  << s.errors << " bad lines; flags: " << (flags.empty() ? "none" : flags) << "; "
                  << fmt::format("{:.1f} MB in {:.1f} s, {} job{}", double(s.bytes) / 1e6, secs, bo.jobs, bo.jobs == 1 ? "" : "s")
                  << "\n";
    }
    if (!opt.graph.empty()) {
        corroborate(graph, *loaded.rules);
        std::ostream& g = graph_to_stdout ? std::cout : static_cast<std::ostream&>(graph_out);
        g << graph_text(graph, opt.graph_format, opt.graph);
        g.flush();
        if (!g) {
            std::cerr << "quotegraph: write error (graph)\n";
            return exit_usage;
        }
    }
    if (!out) {
        std::cerr << "quotegraph: write error\n";
        return exit_usage;
    }
    if (errors_out.is_open() && !errors_out.flush()) {
        std::cerr << "quotegraph: write error (" << opt.errors << ")\n";
        return exit_usage;
    }
    return s.errors ? exit_input : exit_ok;
}

struct merge_cli {
    std::vector<std::string> parts;
    std::string output;
    std::string format;
    std::vector<std::string> rule_dirs;
};

// Graph fragments (`batch --graph`, `graph --format json`) -> one graph: a
// file holds one graph, or one per line. Associative and deterministic, so
// it serves as the reducer after sharded batch runs.
int run_merge(const merge_cli& opt) {
    auto loaded = load_rules_reporting(opt.rule_dirs);
    if (!loaded.ok()) return exit_usage;
    const std::vector<std::string> parts = opt.parts.empty() ? std::vector<std::string>{"-"} : opt.parts;
    std::ofstream file_out;
    if (!open_for_writing(file_out, opt.output, parts)) return exit_usage;
    std::ostream& out = file_out.is_open() ? static_cast<std::ostream&>(file_out) : std::cout;
    source_graph all;
    bool failed = false;
    auto take = [&](std::string_view text, const std::string& where) {
        auto r = graph_from_json(text);
        if (!r.ok()) {
            std::cerr << where << ": error: " << r.error << '\n';
            failed = true;
            return;
        }
        all.merge(*r.graph);
    };
    for (const auto& p : parts) {
        std::ifstream f;
        if (p != "-")
            if (auto e = open_input(f, p)) {
                std::cerr << p << ": error: " << *e << '\n';
                failed = true;
                continue;
            }
        std::istream& in = p == "-" ? std::cin : static_cast<std::istream&>(f);
        const std::string name = p == "-" ? "stdin" : p;
        std::string text;
        if (auto e = read_all(in, text)) {
            std::cerr << name << ": error: " << *e << '\n';
            failed = true;
            continue;
        }
        // one graph (maybe indented), or one per line
        if (auto whole = graph_from_json(text); whole.ok()) {
            all.merge(*whole.graph);
            continue;
        }
        std::size_t line_no = 0, at = 0;
        while (at < text.size()) {
            std::size_t nl = text.find('\n', at);
            if (nl == std::string::npos) nl = text.size();
            ++line_no;
            std::string_view line(text.data() + at, nl - at);
            if (line.find_first_not_of(" \t\r") != std::string_view::npos) take(line, name + ":" + std::to_string(line_no));
            at = nl + 1;
        }
    }
    corroborate(all, *loaded.rules);
    out << (opt.format == "dot" ? to_dot(all) : to_graph_json(all, opt.format == "json"));
    out.flush();
    if (!out) {
        std::cerr << "quotegraph: write error\n";
        return exit_usage;
    }
    return failed ? exit_input : exit_ok;
}

} // namespace

int main(int argc, char** argv) {
    // The standard streams buffered on their own, not a character at a time
    // through stdio: a batch mapper reads all its input from stdin. (Nothing
    // here writes through stdio.) Their read errors then set badbit, too.
    std::ios::sync_with_stdio(false);
    CLI::App app{"quotegraph: who is quoted in news text, saying what, and how verifiable it is"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "quotegraph 0.1.0");

    analyze_options opt;
    auto* analyze = app.add_subcommand("analyze", "Find quotations and their speakers in articles");
    analyze->add_option("--format", opt.format,
                        "Output: text (default on a terminal), json, jsonl, csv (a row per attribution), "
                        "dot (the source graph of all inputs), html (a page with the articles highlighted)")
        ->check(CLI::IsMember({"text", "json", "jsonl", "csv", "dot", "html"}));
    analyze->add_option("--input-format", opt.input_format, "text (a file is one article) or jsonl")
        ->check(CLI::IsMember({"text", "jsonl"}));
    analyze->add_option("--rules", opt.rule_dirs, "A directory of YAML rules added to the defaults (repeatable)")
        ->allow_extra_args(false);
    analyze->add_option("-o,--output", opt.output, "Write here instead of stdout");
    analyze->add_flag("--explain", opt.explain,
                      "For each attribution, the grammar rule and the rule entries (file:line) that found it");
    analyze->add_option("files", opt.files, "Articles to read; - or none reads stdin");

    analyze_options gopt;
    gopt.graph = true;
    auto* graph = app.add_subcommand("graph", "Merge the source graphs of several articles into one "
                                              "(entities by canonical name; single_source across them)");
    graph->add_option("--format", gopt.format, "Output: dot (default) or json")->check(CLI::IsMember({"dot", "json", "jsonl"}));
    graph->add_option("--input-format", gopt.input_format, "text (a file is one article) or jsonl")
        ->check(CLI::IsMember({"text", "jsonl"}));
    graph->add_option("--rules", gopt.rule_dirs, "A directory of YAML rules added to the defaults (repeatable)")
        ->allow_extra_args(false);
    graph->add_option("-o,--output", gopt.output, "Write here instead of stdout");
    graph->add_option("files", gopt.files, "Articles to read; - or none reads stdin");

    batch_cli bopt;
    auto* batch = app.add_subcommand("batch", "Analyse a JSONL corpus: one JSON line out per line in, in order");
    batch->add_option("input", bopt.input, "JSONL file; - or none reads stdin");
    batch->add_option("-o,--output", bopt.output, "Write here instead of stdout");
    batch->add_option("-j,--jobs", bopt.jobs, "Documents analysed at once (default: the cores this process may use)")
        ->check(CLI::Range(1u, 1024u));
    batch->add_option("--errors", bopt.errors, "Also write each bad line's message (FILE:LINE: error: ...) here");
    batch->add_option("--rules", bopt.rule_dirs, "A directory of YAML rules added to the defaults (repeatable)")
        ->allow_extra_args(false);
    batch->add_flag("-q,--quiet", bopt.quiet, "No progress bar, messages or summary on stderr");
    batch->add_option("--graph", bopt.graph,
                      "Also write the merged source graph here (- for stdout, with -o for the attributions)");
    batch->add_option("--graph-format", bopt.graph_format, "dot, or json (one line; default unless OUT ends in .dot)")
        ->check(CLI::IsMember({"dot", "json"}));

    merge_cli mopt;
    auto* merge = app.add_subcommand("merge", "Merge graph fragments (batch --graph, graph --format json) into one; "
                                              "the reducer after sharded runs");
    merge->add_option("parts", mopt.parts, "Graph files (one graph, or one per line); - or none reads stdin");
    merge->add_option("-o,--output", mopt.output, "Write here instead of stdout");
    merge->add_option("--format", mopt.format, "jsonl (one line, default), json (indented) or dot")
        ->check(CLI::IsMember({"jsonl", "json", "dot"}));
    merge->add_option("--rules", mopt.rule_dirs, "A directory of YAML rules added to the defaults (repeatable)")
        ->allow_extra_args(false);

    std::string rules_dir;
    auto* rules = app.add_subcommand("rules", "Work with rule files");
    rules->require_subcommand(1);
    auto* check = rules->add_subcommand("check", "Load the rules and report every problem as FILE:LINE:COL");
    check->add_option("dir", rules_dir, "A directory of YAML rules added to the built-in ones");
    auto* test = rules->add_subcommand("test", "Run the examples of every rule file through the analyzer");
    test->add_option("dir", rules_dir, "A directory of YAML rules added to the built-in ones");
    auto* list = rules->add_subcommand("list", "Show the rule entries in effect and the file that defines each");
    list->add_option("dir", rules_dir, "A directory of YAML rules added to the built-in ones");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? exit_ok : exit_usage;
    }
    if (*analyze) return run_analyze(opt);
    if (*graph) {
        if (gopt.format.empty()) gopt.format = "dot";
        return run_analyze(gopt);
    }
    if (*batch) return run_batch_cli(bopt);
    if (*merge) return run_merge(mopt);
    if (*check) return run_rules_check(rules_dir);
    if (*test) return run_rules_test(rules_dir);
    if (*list) return run_rules_list(rules_dir);
    return exit_usage;
}
