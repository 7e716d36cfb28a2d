//===- StringLiterals.h - String literals the program may store -----------===//
//
// A pointer to a string literal may be saved in a checkpoint, so the
// literals a program may store become registered arrays (__mig_str_<n>),
// whose addresses the runtime translates by name; a literal handed straight
// to a library function stays a literal. __func__ and its GNU relatives
// become such arrays too: they must keep naming the function where mig-pp
// renames it (main) or moves code out of it (static locals' initializers).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_STRINGLITERALS_H
#define MIGPP_STRINGLITERALS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"
#include "UnitTables.h"

namespace migpp {

void replaceStringLiterals(const MigratableAnalysis &MA, SourceHelper &SH, UnitTables &Tables);
void spellFunctionNames(const MigratableAnalysis &MA, SourceHelper &SH, UnitTables &Tables);

} // namespace migpp

#endif
