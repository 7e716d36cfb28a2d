//===- UnitTables.h - What a unit registers with the runtime --------------===//
//
// The tables the unit-wide rewrites fill and the registration emits
// (UnitRegistration.h): string literals made named arrays, and the globals
// (file-scope variables and moved static locals) with their descriptors.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_UNITTABLES_H
#define MIGPP_UNITTABLES_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace migpp {

struct UnitTables {
  struct Literal {
    std::string CName, ElementType, Text;
  };
  struct Global {
    std::string MigName, CName, Type, Count;
    unsigned Flags; ///< 1: const, 2: _Thread_local
  };
  std::vector<Literal> Literals;
  std::vector<Global> Globals;

  /// Registers a literal; returns its array's name, __mig_str_<n>.
  std::string addLiteral(std::string ElementType, std::string Text) {
    std::string Name = "__mig_str_" + std::to_string(Literals.size() + 1);
    Literals.push_back({Name, std::move(ElementType), std::move(Text)});
    return Name;
  }
};

/// S as a C string literal.
inline std::string cString(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

} // namespace migpp

#endif
