//===- PointerIntegers.h - Integers that carry pointers -------------------===//
//
// MigThread's unsafe factor "pointers stored in integers": `long v =
// (long)malloc(n)`, a `uintptr_t` field holding a tagged pointer. A plain
// integer would be restored as the sender's address. mig-pp finds, flow-
// insensitively over the unit, every integer variable, parameter and struct
// field that is ever given a pointer-derived value, and describes it as a
// pointer-carrying integer (MIG_K_PTRINT, typeinfo.h): the runtime re-bases
// its value like a pointer whenever it is the address of a saved object.
//
// Pointer-derived (the rule, docs/design.md "Pointers stored in integers"):
//  * a pointer converted to an integer, `(long)p`, `(uintptr_t)&x`;
//  * an integer conversion of a pointer-derived value;
//  * `d + n`, `n + d`, `d - n` (not `d - d`: a distance), `d | n`, `d ^ n`
//    (tag bits), `d & n` unless n is a constant below 4096 (`d & ~15`
//    aligns an address, `d & 1` reads a tag), `c ? d : n`, `(x, d)`,
//    `v = d`;
//  * a pointer-carrying variable, field or array element; a call of a
//    function of the unit that returns a pointer-derived value.
// It is given to a variable by its initializer, by `=` (also `+=`, `|=` of
// a pointer-derived value), by an initializer list (fields of a struct,
// elements of an array), to a parameter by an argument of a direct call,
// and to a function by a `return`. Unions (judged by value anyway) and
// fields of C library structs are left out. The marks are per unit: a field
// given pointers only in another unit is a plain integer here.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_POINTERINTEGERS_H
#define MIGPP_POINTERINTEGERS_H

#include "MigratableAnalysis.h"
#include "llvm/ADT/DenseSet.h"

namespace migpp {

/// The unit's pointer-carrying integer variables (canonical VarDecls and
/// ParmVarDecls), struct fields (FieldDecls) and functions returning one.
llvm::DenseSet<const clang::Decl *> findPointerIntegers(clang::ASTContext &Ctx,
                                                        const MigratableAnalysis &MA);

} // namespace migpp

#endif
