//===- FunctionState.h - One function being transformed -------------------===//
//
// What the parts of FunctionTransformer share about the function they
// transform (its sites, whether it has a shadow frame), and what the unit
// receives about it when it is done (FunctionRecord).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_FUNCTIONSTATE_H
#define MIGPP_FUNCTIONSTATE_H

#include "SourceHelper.h"

#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/Decl.h"

#include <string>
#include <vector>

namespace migpp {

/// What the unit needs to know about a transformed function.
struct FunctionRecord {
  std::string CName;        ///< identifier used in generated names
  std::string MigName;      ///< __mig_func.name
  std::string FrameStruct;  ///< file-scope definition of __mig_rf_<f>
  std::string ShadowStruct; ///< ... of __mig_sf_<f>, or empty
  std::vector<mig::GeneratedField> FrameFields, ShadowFields;
  std::vector<std::string> FrameVarNames, ShadowVarNames; ///< user's names
  std::vector<std::string> Sites;                         ///< "file:line"
  std::string MovedTypes; ///< local types moved in front of the function
};

/// The function being transformed and its resume sites, numbered from 1 in
/// the order they are created (the entry poll, then statements post-order).
struct FunctionState {
  clang::FunctionDecl *FD = nullptr;
  std::string CName;
  bool HasShadow = false;
  std::vector<std::string> Sites;

  /// What each site is anchored at, for SiteLiveness: the M-call, a polled
  /// loop's condition, a polled loop without one or a do-while (the loop
  /// statement), or null (every saved variable is needed there).
  std::vector<const clang::Stmt *> SiteAnchors;

  unsigned newSite(const SourceHelper &SH, clang::SourceLocation L, const clang::Stmt *Anchor) {
    Sites.push_back(SH.siteName(L));
    SiteAnchors.push_back(Anchor);
    return Sites.size();
  }
};

} // namespace migpp

#endif
