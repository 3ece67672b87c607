#pragma once
#include "chars.hpp"
#include "dateline.hpp"

namespace quotegraph::grammar {

namespace dateline_detail {
using x3::char_;
using x3::lit;
using x3::raw;
using x3::repeat;
using namespace chars;

static auto const place_word = (ascii_upper | utf8_upper) >> *(letter | char_(".'-"));
// "LONDON, Jan 6" / "Moscow" / "NEW YORK": a few words, commas and digits
static auto const place = place_word >> repeat(0, 5)[-lit(',') >> ws >> (place_word | +digit)];
static auto const outlet = +(char_ - char_("()\n"));
} // namespace dateline_detail

dateline_type const dateline_rule = "dateline";

using namespace dateline_detail;

auto const dateline_rule_def = x3::omit[place >> opt_ws] >> lit('(') >> raw[outlet] >> lit(')')
    >> x3::omit[opt_ws >> dash];

BOOST_SPIRIT_DEFINE(dateline_rule)

} // namespace quotegraph::grammar
