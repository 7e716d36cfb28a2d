//===- UnsafeFactors.cpp - -Wmig-unsafe (placeholder until implemented) ---===//
