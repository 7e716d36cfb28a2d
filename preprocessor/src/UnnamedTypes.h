//===- UnnamedTypes.h - Tags for unnamed struct/union/enum types ----------===//
//
// A global or static local of an unnamed struct/union/enum type
// (`static const struct { lu_byte left, right; } priority[] = ...;` in Lua)
// must be described and spelled at file scope, in descriptors and frame
// structs. `__typeof__(priority[0])` would keep the `const` and does not
// exist for a static local before it moves, so mig-pp gives every such type a
// generated tag in its output: `struct {` becomes `struct __mig_anon_priority {`
// (also the unnamed types of members of those records). The AST's decl gets
// the same name, so the rest of mig-pp and the type speller see a named tag.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_UNNAMEDTYPES_H
#define MIGPP_UNNAMEDTYPES_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace migpp {

/// Names the unnamed tags declaring file-scope variables (and their unnamed
/// member types) and those of the static locals for which MovesToFileScope
/// holds (UnitTransformer::moveStaticLocals moves their declaration, tag
/// definition included, in front of the function; the tags are marked moved
/// for the type speller). Runs before moveStaticLocals.
void nameUnnamedTypes(const MigratableAnalysis &MA, SourceHelper &SH,
                      llvm::function_ref<bool(const clang::VarDecl *)> MovesToFileScope);

} // namespace migpp

#endif
