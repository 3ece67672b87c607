#include "batch.hpp"
#include "helpers.hpp"
#include "input.hpp"

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

TEST_CASE("a JSONL line: id, text and publisher picked out, other fields passed over") {
    using quotegraph::parse_jsonl_line;
    auto d = parse_jsonl_line(R"({"gold": [{"text": "no", "id": 9}], "id": "x1", "meta": {"text": "no", "publisher": "AP"},)"
                              R"( "text": "Hi \"there\"\n"})",
                              "f", 3);
    CHECK_FALSE(d.error);
    CHECK(d.id == "x1");
    CHECK(d.text == "Hi \"there\"\n");
    CHECK(d.publisher == "AP");
    CHECK(parse_jsonl_line(R"({"id": 42, "text": "a", "publisher": "Reuters"})", "f", 1).id == "42");
    CHECK(parse_jsonl_line(R"({"id": 42, "text": "a", "publisher": "Reuters"})", "f", 1).publisher == "Reuters");
    CHECK(parse_jsonl_line(R"({"id": {"a": 1}, "text": "a"})", "f", 7).id == "line-7");
    CHECK(parse_jsonl_line(R"({"id": "", "text": "a"})", "f", 8).id == "line-8"); // found by fuzzing
    CHECK(*parse_jsonl_line(R"({"id": "a", "text": ["x"]})", "f", 1).error == "\"text\" is not a string");
    CHECK(*parse_jsonl_line(R"({"id": "a", "body": "x"})", "f", 1).error == "no \"text\" field");
    CHECK(*parse_jsonl_line(R"(["text", "x"])", "f", 1).error == "not a JSON object");
    CHECK(*parse_jsonl_line(R"({"text": "x")", "f", 1).error == "not valid JSON");
    CHECK(*parse_jsonl_line(R"({"text": "x"} trailing)", "f", 1).error == "not valid JSON");
}

TEST_CASE("a JSONL line: the fast reader and the reference reader agree") {
    using quotegraph::jsonl_reader;
    using quotegraph::parse_jsonl_line;
    const std::vector<std::string> lines = {
        R"({"id": "a", "text": "x", "publisher": "AP"})",
        R"({"id": "a", "id": "b", "text": "x", "text": 5})",         // duplicate keys: the last counts
        R"({"text": "x", "publisher": "AP", "publisher": null})",
        R"({"text": "x", "meta": {"publisher": "dpa"}, "meta": {"other": 1}})",
        R"({"text": "x", "meta": [{"publisher": "dpa"}]})",
        R"({"text": "x", "meta": {"deeper": {"publisher": "dpa"}}})",
        R"({"id": -0, "text": "x"})", R"({"id": 1.50, "text": "x"})", R"({"id": 1e400, "text": "x"})",
        R"({"id": 18446744073709551616, "text": "x"})",              // past uint64
        "\xEF\xBB\xBF{\"text\": \"after a BOM\"}",
        "{\"text\": \"a raw\ttab\"}", "{\"text\":\t\"a tab between tokens\"}",
        R"({"text": "a lone \ud800 surrogate"})", R"({"text": "a pair \ud83d\ude00 and \u0000"})",
        "{\"text\": \"bad \xFF byte\"}", R"("just a string")", R"(null)", R"({})", R"({"text": "x"} {})",
        std::string(2000, '[') + std::string(2000, ']'),
    };
    for (const auto& line : lines) {
        CAPTURE(line);
        auto fast = parse_jsonl_line(line, "f", 1), ref = parse_jsonl_line(line, "f", 1, jsonl_reader::reference);
        CHECK(fast.id == ref.id);
        CHECK(fast.text == ref.text);
        CHECK(fast.publisher == ref.publisher);
        CHECK(fast.error == ref.error);
    }
}
