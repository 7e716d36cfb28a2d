//===- fuzz_migdump.cpp - libFuzzer target for migdump ---------------------===//
// migdump's JSON and value decoding on whatever the reader accepts (the
// checksum ignored, as in fuzz_reader.c, so mutations get through). Any
// crash, uncaught exception, sanitizer report, or a slow input (-timeout)
// is a bug.
//===----------------------------------------------------------------------===//
#define MIGDUMP_NO_MAIN
#include "../migdump/migdump.cpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mig_ckpt c;
  char err[512];
  if (mig_ckpt_parse(data, size, 0, &c, err, sizeof err) != 0) return 0;
  {
    Dumper d(c);
    std::string s = dumpJson(d);
    if (s.empty()) __builtin_trap();
  }
  mig_ckpt_free(&c);
  return 0;
}
