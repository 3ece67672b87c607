#include "mention_def.hpp"

namespace quotegraph::grammar {

BOOST_SPIRIT_INSTANTIATE(pronoun_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(description_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(group_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(organization_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(titled_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(mention_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(appositive_type, iterator_type, context_type)

pronoun_type const& pronoun() { return pronoun_rule; }
description_type const& description() { return description_rule; }
group_type const& group() { return group_rule; }
organization_type const& organization() { return organization_rule; }
titled_name_type const& titled_name() { return titled_name_rule; }
name_type const& name() { return name_rule; }
mention_type const& mention() { return mention_rule; }
appositive_type const& appositive() { return appositive_rule; }

} // namespace quotegraph::grammar
