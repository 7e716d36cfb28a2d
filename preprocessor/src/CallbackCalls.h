//===- CallbackCalls.h - Library calls that may call back, bracketed ------===//
//
// A library function that calls back into the program (qsort's comparator,
// bsearch, a user callback through a library) has frames mig-pp did not
// transform on the stack while the callback runs: such calls are bracketed
// with __mig_unsafe_enter/leave, and the runtime refuses a checkpoint inside
// them (MigratableAnalysis::needsUnsafeBracket decides which calls).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_CALLBACKCALLS_H
#define MIGPP_CALLBACKCALLS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

namespace migpp {

void bracketCallbackCalls(const MigratableAnalysis &MA, SourceHelper &SH);

} // namespace migpp

#endif
