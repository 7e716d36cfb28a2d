//===- CallbackCalls.cpp --------------------------------------------------===//
//
// See CallbackCalls.h.
//
//===----------------------------------------------------------------------===//
#include "CallbackCalls.h"
#include "AllocationCalls.h"
#include "CallsAndRefs.h"

#include "mig/TypeDescriptorEmitter.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

void bracketCallbackCalls(const MigratableAnalysis &MA, SourceHelper &SH) {
  ASTContext &Ctx = SH.Ctx;
  SourceEdits &Edits = SH.Edits;
  for (FunctionDecl *FD : MA.userFunctions()) {
    CallsAndRefs AF(FD->getBody());
    for (CallExpr *CE : AF.Calls) {
      // Calls replaced by runtime wrappers do not call back (signal()'s
      // handler runs later, through the runtime's trampoline).
      if (!MA.needsUnsafeBracket(CE) ||
          replacedByRuntime(CE->getDirectCallee(), Ctx.getSourceManager()))
        continue;
      unsigned B = SH.begin(CE), E = SH.exprEnd(CE);
      QualType T = CE->getType();
      if (T->isVoidType()) {
        Edits.open(B, "(__mig_unsafe_enter(), ");
        Edits.close(E, ", __mig_unsafe_leave())");
        continue;
      }
      auto Ty = mig::spellType(Ctx, T.getUnqualifiedType(), "");
      if (Ty && (T->isPointerType() || T->isIntegerType())) {
        bool Ptr = T->isPointerType();
        Edits.open(B, fmt::format("(({}){}((__mig_unsafe_enter(), ({})(", *Ty,
                                  Ptr ? "__mig_unsafe_leave_p" : "__mig_unsafe_leave_i",
                                  Ptr ? "void *" : "long long"));
        Edits.close(E, "))))");
      } else if (auto Var = mig::spellType(Ctx, T.getUnqualifiedType(), "__mig_cb_r")) {
        // Any other value (double, a struct): a statement expression.
        Edits.open(B, "({ __mig_unsafe_enter(); " + *Var + " = (");
        Edits.close(E, "); __mig_unsafe_leave(); __mig_cb_r; })");
      } else {
        SH.error(CE->getBeginLoc(),
                 "this call may call back into migratable code and its result type "
                 "has no name usable here; mig-pp cannot mark it as unsafe for "
                 "checkpoints (give the type a name)");
      }
    }
  }
}

} // namespace migpp
