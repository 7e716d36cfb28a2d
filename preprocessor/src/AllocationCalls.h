//===- AllocationCalls.h - Allocation calls made typed runtime calls ------===//
//
// The runtime must know every heap block and the type of its elements: calls
// to malloc and its relatives become the runtime's typed allocators (the
// element type taken from a sizeof in the size, or from the pointer the
// result becomes), other references to them (function pointers) its untyped
// wrappers with libc's signatures; signal and sigaction are replaced the same
// way (handlers run through the runtime's trampoline).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_ALLOCATIONCALLS_H
#define MIGPP_ALLOCATIONCALLS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "mig/TypeDescriptorEmitter.h"

namespace migpp {

void rewriteAllocationCalls(const MigratableAnalysis &MA, SourceHelper &SH,
                            mig::TypeDescriptorEmitter &Types);

/// FD is a library function this rewrite replaces by the runtime's.
bool replacedByRuntime(const clang::FunctionDecl *FD, const clang::SourceManager &SM);
/// The runtime function that replaces FD where the program refers to it
/// other than by calling it (an untyped wrapper with libc's signature), or
/// null.
const char *untypedWrapper(const clang::FunctionDecl *FD, const clang::SourceManager &SM);

} // namespace migpp

#endif
