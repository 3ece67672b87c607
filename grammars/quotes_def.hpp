#pragma once
#include "byte_bits.hpp"
#include "chars.hpp"
#include "quotes.hpp"

#include <string_view>

namespace quotegraph::grammar {

namespace quotes_detail {
using x3::char_;
using x3::lit;
using namespace chars;

static auto const ldq = lit("\xE2\x80\x9C");  // “
static auto const rdq = lit("\xE2\x80\x9D");  // ”
static auto const lowdq = lit("\xE2\x80\x9E"); // „
static auto const lsq = lit("\xE2\x80\x98");  // ‘
static auto const rsq = lit("\xE2\x80\x99");  // ’
static auto const laquo = lit("\xC2\xAB");
static auto const raquo = lit("\xC2\xBB");

// Between paragraphs: the line break and the blanks around it.
static auto const paragraph_break = +(opt_ws >> lit('\n')) >> opt_ws;
// A closing single mark is one not followed by a letter (’s, don’t are apostrophes).
static auto const close_single_curly = rsq >> !letter;
static auto const close_single_straight = lit('\'') >> !letter;

// A quotation's words up to `close` or a line break: *(char_ - close - lit('\n')),
// by hand, as it runs over every byte of every quotation. Only a byte of
// `Stops` (each byte `close` may start with) or a line break can end it, so
// the bytes in between are passed over sixteen at a time (first_in).
template <typename Close, char... Stops>
struct body_parser : x3::parser<body_parser<Close, Stops...>> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    Close close;
    constexpr explicit body_parser(Close c) : close(c) {}
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        static constexpr byte_set ends = [] {
            byte_set s = byte_set{}.with('\n');
            ((s = s.with(static_cast<std::uint8_t>(Stops))), ...);
            return s;
        }();
        if (first == last) return true;
        const std::string_view in(&*first, std::size_t(last - first));
        std::size_t k = 0;
        for (;; ++k) {
            k = first_in(in, k, in.size(), ends);
            if (k == in.size() || in[k] == '\n') break;
            It at = first + k;
            if (close.parse(at, last, ctx, rctx, x3::unused)) break;
        }
        first += k;
        return true;
    }
};
template <char... Stops, typename Close>
auto body_until(Close const& close) {
    return body_parser<Close, Stops...>(close);
}
} // namespace quotes_detail

double_curly_type const double_curly_rule = "double_curly";
double_straight_type const double_straight_rule = "double_straight";
double_low_type const double_low_rule = "double_low";
guillemets_type const guillemets_rule = "guillemets";
single_curly_type const single_curly_rule = "single_curly";
single_straight_type const single_straight_rule = "single_straight";

using namespace quotes_detail;

// “Mixed” styles are common in wire copy ("…” and “…"), so curly and straight
// double marks close each other.
// A “ after the words and before a space or comma is a mistyped closing mark.
static auto const misturned_close = ldq >> &(blank | char_(",.;:!?") | lit('\n') | x3::eoi);
auto const double_curly_rule_def = ldq >> body_until<'\xE2', '"'>(rdq | lit('"') | misturned_close)
    >> ((rdq | lit('"') | misturned_close) | (paragraph_break >> &ldq >> double_curly_rule));
auto const double_straight_rule_def = lit('"') >> body_until<'"', '\xE2'>(lit('"') | rdq)
    >> ((lit('"') | rdq) | (paragraph_break >> &lit('"') >> double_straight_rule));
auto const double_low_rule_def = lowdq >> body_until<'\xE2'>(ldq | rdq)
    >> ((ldq | rdq) | (paragraph_break >> &lowdq >> double_low_rule));
auto const guillemets_rule_def = laquo >> body_until<'\xC2'>(raquo)
    >> (raquo | (paragraph_break >> &laquo >> guillemets_rule));
auto const single_curly_rule_def = lsq >> body_until<'\xE2'>(close_single_curly) >> close_single_curly;
auto const single_straight_rule_def = lit('\'') >> body_until<'\''>(close_single_straight)
    >> close_single_straight;

BOOST_SPIRIT_DEFINE(double_curly_rule, double_straight_rule, double_low_rule, guillemets_rule,
                    single_curly_rule, single_straight_rule)

} // namespace quotegraph::grammar
