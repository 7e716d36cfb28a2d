//===- PthreadCalls.h - pthread calls rewritten into runtime wrappers -----===//
//
// Threads are migratable only when the runtime sees them start and block:
//  * pthread_create starts the routine through the runtime's trampoline and
//    hands out a virtual pthread_t (a small id that means the same thread
//    after a restore), so every pthread function taking or returning a
//    pthread_t is rewritten to a wrapper, or refused when none exists;
//  * pthread_join, pthread_mutex_lock, pthread_cond_wait and
//    pthread_cond_timedwait may block: they are migratable calls (a thread
//    blocked in one is at a safe point and the call is re-executed on
//    rewind);
//  * mutex lock/unlock wrappers record the mutexes each thread holds;
//    condition variables are the runtime's own, so every pthread_cond_*
//    function is rewritten.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_PTHREADCALLS_H
#define MIGPP_PTHREADCALLS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

namespace migpp {

/// The runtime wrapper of a C library pthread function, or null.
const char *pthreadWrapper(const clang::FunctionDecl *FD, const clang::SourceManager &SM);

/// A pthread call that may block: a call that may reach a poll point.
bool isMigratablePthreadCall(const clang::FunctionDecl *FD, const clang::SourceManager &SM);

/// pthread_mutex_t / pthread_cond_t: unions of the C library the runtime
/// migrates by kind (re-initialized by the receiver), not as unions.
bool isMigratableSyncRecord(const clang::RecordDecl *RD);

/// Rewrites calls of and references to wrapped pthread functions in the
/// user's functions; reports pthread functions migcc cannot support.
void rewritePthreadCalls(const MigratableAnalysis &MA, SourceHelper &SH);

} // namespace migpp

#endif
