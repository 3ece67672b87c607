#include "batch.hpp"
#include "helpers.hpp"

#include <sstream>

using namespace quotegraph;

TEST_CASE("batch keeps input order whatever the jobs and chunk size") {
    std::string in;
    for (int i = 0; i < 200; ++i)
        in += i % 37 == 5 ? "{broken\n" : "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"\\\"Yes,\\\" Ann Roe said.\"}\n";
    in += "\n"; // a blank line gives no output
    std::string reference;
    for (unsigned jobs : {1u, 3u, 8u})
        for (std::size_t chunk : {std::size_t(1), std::size_t(7), std::size_t(64)}) {
            std::istringstream is(in);
            std::ostringstream os;
            batch_options o;
            o.jobs = jobs;
            o.chunk_lines = chunk;
            o.name = "in.jsonl";
            std::vector<std::string> errors;
            o.error = [&](const std::string& e) { errors.push_back(e); };
            auto s = run_batch(is, os, qg_test::rules(), o);
            CHECK(s.errors == 6);
            CHECK(s.documents == 194);
            CHECK(s.attributions == 194);
            REQUIRE(errors.size() == 6);
            CHECK(errors[0] == "in.jsonl:6: error: not valid JSON");
            if (reference.empty()) reference = os.str();
            CHECK(os.str() == reference);
        }
    std::istringstream lines(reference);
    std::string first;
    std::getline(lines, first);
    CHECK(first.starts_with("{\"id\":\"d0\""));
}
