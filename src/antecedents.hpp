// The mentions a pronoun or a role may refer back to: each noted with its
// entity at a position, looked up back from a later position. It answers as
// a std::multimap by position would (those at one position last noted
// first), but each pass of the resolver notes nearly all in text order: a
// note goes to the first of two vectors whose last it does not precede, else
// to a multimap, where a node was an allocation for each.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <vector>

namespace quotegraph {

class antecedent_index {
public:
    // Room for the notes of each pass (the first vector takes the first
    // pass's, the second most of the second's).
    void reserve(std::size_t first_pass, std::size_t second_pass) {
        in_order_[0].reserve(first_pass);
        in_order_[1].reserve(second_pass);
    }
    void note(std::size_t pos, std::size_t entity) {
        const noted n{pos, notes_++, entity};
        for (auto& run : in_order_)
            if (run.empty() || run.back().pos <= pos) {
                run.push_back(n);
                return;
            }
        out_of_order_.emplace(pos, n);
    }

    // The entity of the nearest note before `pos` that `fits`, looking at
    // `reach` notes at most.
    template <typename Fits>
    std::optional<std::size_t> nearest_before(std::size_t pos, int reach, Fits fits) const {
        std::array<std::vector<noted>::const_iterator, 2> at, first;
        for (std::size_t k = 0; k < in_order_.size(); ++k) {
            first[k] = in_order_[k].begin();
            at[k] = std::lower_bound(in_order_[k].begin(), in_order_[k].end(), pos,
                                     [](const noted& x, std::size_t p) { return x.pos < p; });
        }
        auto m = out_of_order_.lower_bound(pos);
        auto later = [](const noted& x, const noted& y) { return x.pos != y.pos ? x.pos > y.pos : x.seq > y.seq; };
        for (int n = 0; n < reach; ++n) {
            const noted* best = m != out_of_order_.begin() ? &std::prev(m)->second : nullptr;
            int from = -1;
            for (int k = 0; k < int(in_order_.size()); ++k)
                if (at[k] != first[k] && (!best || later(*std::prev(at[k]), *best))) {
                    best = &*std::prev(at[k]);
                    from = k;
                }
            if (!best) break;
            if (from < 0) --m;
            else --at[from];
            if (fits(best->e)) return best->e;
        }
        return std::nullopt;
    }

private:
    struct noted {
        std::size_t pos, seq, e; // seq: the order noted
    };
    std::array<std::vector<noted>, 2> in_order_;
    std::multimap<std::size_t, noted> out_of_order_;
    std::size_t notes_ = 0;
};

} // namespace quotegraph
