//===- FrameRewrites.h - Rewrites that follow from the frame layout -------===//
//
// The edits FunctionTransformer makes before rewriting statements, each on
// its own: references to saved variables renamed (or made shadow-frame
// accesses, or VLA casts), escaping compound literals copied into their
// shadow-frame slots, alloca made a shadow-stack allocation, and `register`
// dropped from parameters.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_FRAMEREWRITES_H
#define MIGPP_FRAMEREWRITES_H

#include "FrameLayout.h"
#include "FunctionState.h"
#include "SourceHelper.h"

namespace migpp {

/// The frame is saved and rebuilt through the parameters' addresses, which
/// `register` forbids: drops the keyword from FD's parameters.
void dropRegisterParameters(SourceHelper &SH, const clang::FunctionDecl *FD);
/// Each reference to a saved variable becomes what varRef says.
void renameReferences(SourceHelper &SH, const FrameLayout &Layout);
/// Escaping compound literals are copied into their shadow-frame slots.
void moveShadowLiterals(SourceHelper &SH, const FrameLayout &Layout);
/// alloca() becomes __mig_shadow_alloca (the function gets a shadow frame).
void rewriteAlloca(SourceHelper &SH, FunctionState &St);

} // namespace migpp

#endif
