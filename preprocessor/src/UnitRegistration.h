//===- UnitRegistration.h - The unit's tables for the runtime -------------===//
//
// What a unit hands to the runtime: the file-scope globals with their type
// descriptors, the frame descriptors and __mig_func objects of the
// transformed functions, the functions whose address is taken, the
// registered literals, and the constructor that registers them all
// (__mig_register_unit); plus __mig_user_main, which calls the renamed main.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_UNITREGISTRATION_H
#define MIGPP_UNITREGISTRATION_H

#include "FunctionState.h"
#include "MigratableAnalysis.h"
#include "SourceHelper.h"
#include "UnitTables.h"

#include "mig/TypeDescriptorEmitter.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace migpp {

/// __mig_func.name of FD: "main", its name, or "<unit>:<name>" when static.
std::string migName(const clang::FunctionDecl *FD, const std::string &UnitName);

class UnitRegistration {
public:
  UnitRegistration(const MigratableAnalysis &MA, SourceHelper &SH,
                   mig::TypeDescriptorEmitter &Types, UnitTables &Tables, std::string UnitName)
      : MA(MA), SH(SH), Types(Types), Tables(Tables), UnitName(std::move(UnitName)) {}

  /// The unit's file-scope variables go to Tables.Globals.
  void registerGlobals();
  /// Text in front of the unit: the runtime's ABI header, forward
  /// declarations, the literal arrays.
  std::string prologue(const std::vector<FunctionRecord> &Functions) const;
  /// Text after the unit: descriptors, tables, the registering constructor.
  /// Functions' FrameStruct/ShadowStruct become descriptor expressions.
  std::string epilogue(std::vector<FunctionRecord> &Functions,
                       const clang::FunctionDecl *Main) const;

private:
  std::set<const clang::FunctionDecl *> neededFunctions() const;
  // The parts of the epilogue, in its order.
  std::string frameStructs(std::vector<FunctionRecord> &Functions) const;
  static std::string functionObjects(const std::vector<FunctionRecord> &Functions);
  std::string threadLocalAddresses() const;
  std::string globalsTable(bool ThreadLocals) const;
  struct FunctionRef {
    std::string Name, Addr, Type; ///< registered name, address and signature (C expressions)
  };
  std::vector<FunctionRef> functionRefs() const;
  std::string signatureOf(const clang::FunctionDecl *FD) const;
  std::string literalsTable() const;
  std::string threadLocalCases() const;
  static std::string userMain(const clang::FunctionDecl *Main);

  const MigratableAnalysis &MA;
  SourceHelper &SH;
  mig::TypeDescriptorEmitter &Types;
  UnitTables &Tables;
  std::string UnitName;
};

} // namespace migpp

#endif
