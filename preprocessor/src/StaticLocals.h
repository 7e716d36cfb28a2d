//===- StaticLocals.h - Static locals moved to file scope -----------------===//
//
// A static local is a global the runtime must save and restore: it moves in
// front of its function, renamed __mig_s_<function>_<name>, and is
// registered as a global named "<unit>:<function>.<name>".
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_STATICLOCALS_H
#define MIGPP_STATICLOCALS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"
#include "UnitTables.h"

#include "mig/TypeDescriptorEmitter.h"

namespace migpp {

void moveStaticLocals(const MigratableAnalysis &MA, SourceHelper &SH,
                      mig::TypeDescriptorEmitter &Types, UnitTables &Tables,
                      const std::string &UnitName);

/// A static local initialized with label addresses (a computed-goto table)
/// stays in its function, unregistered (see StaticLocals.cpp).
bool staysInFunction(const clang::VarDecl *VD);

} // namespace migpp

#endif
