// The whole pipeline on an article: quotations, frames, reported speech,
// resolution, claims and the source graph; every offset stays in the text.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    quotegraph::fuzz::analysed(data, size);
    return 0;
}
