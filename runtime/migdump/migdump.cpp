//===- migdump.cpp - Print a migcc checkpoint as JSON or a summary ---------===//
//
//   migdump [--summary] FILE.mig
//
// Uses the runtime's own reader (reader.c, compiled as C), so it accepts
// exactly the files a restore accepts. Values are decoded with the
// sender's architecture record: integers, floats (long double shown as the
// nearest double), pointers as addresses with the object they point into,
// function pointers by name.
//===----------------------------------------------------------------------===//
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

extern "C" {
#include "checksum.h"
#include "objmap.h"
#include "reader.h"
#include <mig/typeinfo.h>
}

using nlohmann::ordered_json;

namespace {

constexpr uint64_t kMaxArrayShown = 64; // longer arrays are cut, with a note
// Values shown in all (a nest of arrays of arrays multiplies): past this,
// "..." so that a deep nest (of zero-size structs, which the reader allows
// in any number) prints in bounded time.
constexpr uint64_t kMaxValuesShown = 200000;

std::string hex(uint64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%" PRIx64, v);
  return b;
}

class Dumper {
public:
  explicit Dumper(const mig_ckpt &c) : c_(c) {
    for (uint32_t i = 0; i < c.nobjects; i++)
      if (c.objects[i].kind != MIG_OBJ_REGFRAME)
        mig_objmap_add(&map_, c.objects[i].addr, c.objects[i].nbytes, i);
    for (uint32_t i = 0; i < c.nliterals; i++)
      mig_objmap_add(&map_, c.literals[i].addr, c.literals[i].size, c.nobjects + i);
    uint32_t a, b;
    mig_objmap_sort(&map_, &a, &b);
    for (uint32_t i = 0; i < c.nfuncs; i++) funcs_[c.funcs[i].addr] = c.funcs[i].name;
  }
  ~Dumper() { mig_objmap_free(&map_); }

  ordered_json json() const;
  void summary(const char *path) const;

private:
  const mig_ckpt &c_;
  mig_objmap map_{};
  std::map<uint64_t, std::string> funcs_;
  mutable uint64_t shown_ = 0;

  std::string objectName(uint32_t i) const {
    const mig_robject &o = c_.objects[i];
    switch (o.kind) {
    case MIG_OBJ_GLOBAL:
    case MIG_OBJ_RODATA: return std::string("global ") + o.name;
    case MIG_OBJ_HEAP: return "heap#" + std::to_string(i);
    default: return std::string(mig_object_kind_name(o.kind)) + " " + o.name + "#" + std::to_string(i);
    }
  }

  ordered_json pointer(uint64_t v) const {
    if (!v) return nullptr;
    for (uint32_t i = 0; i < c_.nspecials; i++)
      if (c_.specials[i].addr == v)
        return c_.specials[i].id == MIG_SPECIAL_STDIN    ? "stdin"
               : c_.specials[i].id == MIG_SPECIAL_STDOUT ? "stdout"
                                                         : "stderr";
    const mig_range *r = mig_objmap_find(&map_, v);
    if (!r) return hex(v) + " (unknown)";
    std::string target = r->id >= c_.nobjects
                             ? std::string("literal ") + c_.literals[r->id - c_.nobjects].name
                             : objectName(r->id);
    return hex(v) + " (" + target + "+" + std::to_string(v - r->start) + ")";
  }

  ordered_json scalar(const mig_rtype &t, const unsigned char *p) const {
    const mig_arch &a = c_.arch;
    unsigned sz = static_cast<unsigned>(t.size);
    switch (t.kind) {
    case MIG_K_PTR: return pointer(static_cast<uint64_t>(mig_load_uint(p, sz, a.byte_order)));
    case MIG_K_FNPTR: {
      uint64_t v = static_cast<uint64_t>(mig_load_uint(p, sz, a.byte_order));
      if (!v) return nullptr;
      auto it = funcs_.find(v);
      return it != funcs_.end() ? "&" + it->second : hex(v) + " (unknown function)";
    }
    case MIG_K_FLOAT:
    case MIG_K_DOUBLE:
    case MIG_K_LDOUBLE: {
      double d;
      if (mig_load_float(&a, t.kind, p, sz, &d) == 0) return d;
      return nullptr;
    }
    case MIG_K_CFLOAT:
    case MIG_K_CDOUBLE:
    case MIG_K_CLDOUBLE: {
      unsigned part = t.kind == MIG_K_CFLOAT ? MIG_K_FLOAT : t.kind == MIG_K_CDOUBLE ? MIG_K_DOUBLE : MIG_K_LDOUBLE;
      double re = 0, im = 0;
      mig_load_float(&a, part, p, sz / 2, &re);
      mig_load_float(&a, part, p + sz / 2, sz / 2, &im);
      return ordered_json::array({re, im});
    }
    default: {
      if (sz > 16) return nullptr;
      int sgn = mig_kind_signed(&a, t.kind, t.flags);
      __int128 v = mig_load_int(p, sz, a.byte_order, sgn);
      if (sz > 8) return hex(static_cast<uint64_t>(v)) + " (low 64 bits)";
      if (sgn) return static_cast<int64_t>(v);
      return static_cast<uint64_t>(v);
    }
    }
  }

  ordered_json bytes(const unsigned char *p, uint64_t n) const {
    std::string s;
    char b[4];
    for (uint64_t i = 0; i < n && i < 256; i++) {
      std::snprintf(b, sizeof b, "%02x", p[i]);
      s += b;
    }
    if (n > 256) s += "...";
    return s;
  }


  ordered_json value(uint32_t ti, const unsigned char *p, uint64_t count, int depth = 0) const {
    const mig_rtype &t = c_.types[ti];
    if (shown_ >= kMaxValuesShown) return "...";
    shown_++;
    if (count != 1 && t.size == 0) return std::to_string(count) + " elements of size 0";
    if (count != 1) {
      if (t.kind == MIG_K_BYTES || t.kind == MIG_K_CHAR) return bytes(p, count * t.size);
      ordered_json a = ordered_json::array();
      for (uint64_t e = 0; e < count && e < kMaxArrayShown; e++)
        a.push_back(value(ti, p + e * t.size, 1, depth + 1));
      if (count > kMaxArrayShown) a.push_back("... " + std::to_string(count) + " elements");
      return a;
    }
    switch (t.kind) {
    case MIG_K_STRUCT: {
      ordered_json o = ordered_json::object();
      for (uint32_t i = 0; i < t.nfields; i++) {
        const mig_rfield &f = t.fields[i];
        if (f.bit_width) {
          uint64_t v = mig_get_bits(p, f.bit_offset, f.bit_width, c_.arch.byte_order);
          if (mig_kind_signed(&c_.arch, c_.types[f.type].kind, c_.types[f.type].flags) &&
              f.bit_width < 64 && (v >> (f.bit_width - 1)) & 1)
            o[f.name] = static_cast<int64_t>(v | (~0ull << f.bit_width));
          else
            o[f.name] = v;
        } else {
          o[f.name] = value(f.type, p + f.offset, f.count, depth + 1);
        }
      }
      return o;
    }
    case MIG_K_UNION:
    case MIG_K_BYTES:
    case MIG_K_UNSAFE:
    case MIG_K_JMPBUF: return bytes(p, t.size);
    default: return scalar(t, p);
    }
  }

  ordered_json object(uint32_t i) const {
    const mig_robject &o = c_.objects[i];
    ordered_json j;
    j["index"] = i;
    j["kind"] = mig_object_kind_name(o.kind);
    if (*o.name) j["name"] = o.name;
    j["type"] = c_.types[o.type].name;
    j["address"] = hex(o.addr);
    j["count"] = o.count;
    j["bytes"] = o.nbytes;
    if (o.kind == MIG_OBJ_STRING) {
      j["value"] = std::string(reinterpret_cast<const char *>(o.data),
                               o.nbytes ? strnlen(reinterpret_cast<const char *>(o.data), o.nbytes) : 0);
    } else if (o.data && o.kind != MIG_OBJ_REGFRAME && o.kind != MIG_OBJ_SHADOW) {
      j["value"] = value(o.type, o.data, o.count);
    }
    return j;
  }

  ordered_json frameVars(int32_t oi) const {
    if (oi < 0) return nullptr;
    const mig_robject &o = c_.objects[oi];
    ordered_json vars = ordered_json::array();
    const mig_rtype &t = c_.types[o.type];
    if (t.kind != MIG_K_STRUCT) return value(o.type, o.data, o.count);
    for (uint32_t i = 0; i < t.nfields; i++) {
      const mig_rfield &f = t.fields[i];
      ordered_json v;
      v["name"] = f.name;
      v["type"] = c_.types[f.type].name + (f.count != 1 ? "[" + std::to_string(f.count) + "]" : "");
      if (!f.bit_width) v["value"] = value(f.type, o.data + f.offset, f.count);
      vars.push_back(v);
    }
    return vars;
  }
};

const char *byteOrder(uint8_t b) { return b == MIG_BO_BIG ? "big" : "little"; }
const char *ldFormat(uint8_t f) {
  switch (f) {
  case MIG_LD_BINARY64: return "binary64";
  case MIG_LD_X87: return "x87-80";
  case MIG_LD_BINARY128: return "binary128";
  default: return "double-double";
  }
}

static const char *threadState(unsigned s) {
  switch (s) {
  case MIG_THR_RUNNING: return "running";
  case MIG_THR_FINISHED: return "finished";
  case MIG_THR_JOINED: return "joined";
  default: return "unknown";
  }
}

static const char *mutexType(unsigned t) {
  static const char *const names[] = {"normal", "recursive", "errorcheck", "adaptive"};
  return t < 4 ? names[t] : "unknown";
}

ordered_json Dumper::json() const {
  ordered_json j;
  j["header"] = {{"format_version", c_.version},
                 {"fingerprint", hex(c_.fingerprint)},
                 {"file_size", c_.file_size},
                 {"checksum", hex(c_.checksum)}};
  j["program"] = {{"name", c_.program}, {"polls", c_.polls}, {"checkpoints", c_.checkpoints},
                  {"abi_version", c_.abi_version}};
  ordered_json sizes = ordered_json::object();
  for (unsigned k = 0; k < MIG_ARCH_NKINDS; k++)
    if (c_.arch.size[k]) sizes[mig_kind_name(k)] = {{"size", c_.arch.size[k]}, {"align", c_.arch.align[k]}};
  j["architecture"] = {{"machine", c_.arch.machine},
                       {"byte_order", byteOrder(c_.arch.byte_order)},
                       {"char_signed", c_.arch.char_signed != 0},
                       {"long_double", ldFormat(c_.arch.ldouble_format)},
                       {"scalars", sizes}};
  ordered_json types = ordered_json::array();
  for (uint32_t i = 0; i < c_.ntypes; i++) {
    const mig_rtype &t = c_.types[i];
    ordered_json jt = {{"index", i}, {"name", t.name}, {"kind", mig_kind_name(t.kind)},
                       {"flags", t.flags}, {"size", t.size}, {"align", t.align}};
    if (t.nfields) {
      ordered_json fs = ordered_json::array();
      for (uint32_t k = 0; k < t.nfields; k++) {
        const mig_rfield &f = t.fields[k];
        ordered_json jf = {{"name", f.name}, {"type", c_.types[f.type].name}, {"offset", f.offset},
                           {"count", f.count}};
        if (f.bit_width) {
          jf["bit_width"] = f.bit_width;
          jf["bit_offset"] = f.bit_offset;
        }
        fs.push_back(jf);
      }
      jt["fields"] = fs;
    }
    types.push_back(jt);
  }
  j["types"] = types;
  ordered_json threads = ordered_json::array();
  for (uint32_t ti = 0; ti < c_.nthreads; ti++) {
    ordered_json frames = ordered_json::array();
    const mig_rthread &t = c_.threads[ti];
    for (uint32_t k = 0; k < t.nframes; k++) {
      const mig_rframe &f = t.frames[k];
      ordered_json jf = {{"depth", k}, {"function", f.func}, {"site", f.site}};
      jf["variables"] = frameVars(f.regframe);
      if (f.shadow >= 0) {
        jf["shadow_address"] = hex(c_.objects[f.shadow].addr);
        jf["shadow_variables"] = frameVars(f.shadow);
      }
      if (f.nallocas) jf["allocas"] = f.nallocas;
      frames.push_back(jf);
    }
    ordered_json jt = {{"id", t.id}, {"state", threadState(t.state)},
                       {"detached", (t.flags & MIG_THRF_DETACHED) != 0}};
    if (ti > 0) {
      jt["start_routine"] = t.start;
      jt["argument"] = hex(t.arg);
    }
    if (t.state == MIG_THR_FINISHED) jt["return_value"] = hex(t.retval);
    if (t.stacksize) jt["stack_size"] = t.stacksize;
    ordered_json held = ordered_json::array();
    for (uint32_t k = 0; k < t.nheld; k++) held.push_back(hex(t.held[k]));
    if (t.nheld) jt["held_mutexes"] = held;
    ordered_json tls = ordered_json::array();
    for (uint32_t k = 0; k < t.ntls; k++) tls.push_back(object((uint32_t)t.first_tls + k));
    if (t.ntls) jt["thread_locals"] = tls;
    jt["frames"] = frames;
    threads.push_back(jt);
  }
  j["threads"] = threads;
  ordered_json mutexes = ordered_json::array();
  for (uint32_t k = 0; k < c_.nmutexes; k++)
    mutexes.push_back({{"address", hex(c_.mutexes[k].addr)}, {"type", mutexType(c_.mutexes[k].type)}});
  j["mutexes"] = mutexes;
  ordered_json globals = ordered_json::array(), heap = ordered_json::array(),
               other = ordered_json::array();
  for (uint32_t i = 0; i < c_.nobjects; i++) {
    switch (c_.objects[i].kind) {
    case MIG_OBJ_GLOBAL:
    case MIG_OBJ_RODATA: globals.push_back(object(i)); break;
    case MIG_OBJ_HEAP: heap.push_back(object(i)); break;
    case MIG_OBJ_REGFRAME:
    case MIG_OBJ_SHADOW:
    case MIG_OBJ_ALLOCA:
    case MIG_OBJ_TLS: break; /* under their threads */
    default: other.push_back(object(i)); break;
    }
  }
  j["globals"] = globals;
  j["heap"] = heap;
  j["argv_envp"] = other;
  ordered_json funcs = ordered_json::array(), lits = ordered_json::array();
  for (uint32_t i = 0; i < c_.nfuncs; i++)
    funcs.push_back({{"name", c_.funcs[i].name}, {"address", hex(c_.funcs[i].addr)}});
  for (uint32_t i = 0; i < c_.nliterals; i++)
    lits.push_back({{"name", c_.literals[i].name}, {"address", hex(c_.literals[i].addr)},
                    {"size", c_.literals[i].size}});
  j["functions"] = funcs;
  j["literals"] = lits;
  return j;
}

void Dumper::summary(const char *path) const {
  uint64_t n[MIG_OBJ_LAST + 1] = {0}, bytes[MIG_OBJ_LAST + 1] = {0};
  for (uint32_t i = 0; i < c_.nobjects; i++) {
    n[c_.objects[i].kind]++;
    bytes[c_.objects[i].kind] += c_.objects[i].nbytes;
  }
  std::printf("checkpoint   %s (%" PRIu64 " bytes, format v%u%s)\n", path, c_.file_size,
              c_.version, c_.has_mac ? ", with a MAC (not verified)" : "");
  std::printf("program      %s, fingerprint %016" PRIx64 ", %" PRIu64 " polls\n", c_.program,
              c_.fingerprint, c_.polls);
  std::printf("architecture %s, %s-endian, char %s, long double %s\n", c_.arch.machine,
              byteOrder(c_.arch.byte_order), c_.arch.char_signed ? "signed" : "unsigned",
              ldFormat(c_.arch.ldouble_format));
  std::printf("%-15s %10s %14s\n", "objects", "count", "bytes");
  for (unsigned k = MIG_OBJ_GLOBAL; k <= MIG_OBJ_LAST; k++)
    if (n[k]) std::printf("%-15s %10" PRIu64 " %14" PRIu64 "\n", mig_object_kind_name(k), n[k], bytes[k]);
  std::printf("types %u, functions %u, literals %u\n", c_.ntypes, c_.nfuncs, c_.nliterals);
  for (uint32_t t = 0; t < c_.nthreads; t++) {
    const mig_rthread &th = c_.threads[t];
    std::printf("thread %llu (%s%s%s%s): %u frames (innermost last)\n",
                (unsigned long long)th.id, threadState(th.state),
                th.flags & MIG_THRF_DETACHED ? ", detached" : "", t ? ", " : "",
                th.start, th.nframes);
    for (uint32_t k = 0; k < th.nframes; k++) {
      if (th.nframes > 12 && k == 5) {
        std::printf("  ... %u frames ...\n", th.nframes - 10);
        k = th.nframes - 5;
      }
      std::printf("  #%-6u %s site %u\n", k, th.frames[k].func, th.frames[k].site);
    }
  }
}

// Strings in a checkpoint are the program's bytes (argv, environment, char
// arrays), not necessarily UTF-8: invalid sequences print as U+FFFD.
std::string dumpJson(const Dumper &d) {
  return d.json().dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

int usage() {
  std::fprintf(stderr, "usage: migdump [--summary] FILE.mig\n");
  return 2;
}

} // namespace

#ifndef MIGDUMP_NO_MAIN
int main(int argc, char **argv) {
  bool summary = false;
  const char *path = nullptr;
  for (int i = 1; i < argc; i++) {
    if (!std::strcmp(argv[i], "--summary")) summary = true;
    else if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) return usage(), 0;
    else if (argv[i][0] == '-' && argv[i][1]) return usage();
    else if (path) return usage();
    else path = argv[i];
  }
  if (!path) return usage();
  char err[512];
  unsigned char *buf = nullptr;
  size_t len = 0;
  mig_ckpt c;
  if (mig_read_file(path, &buf, &len, err, sizeof err) ||
      mig_ckpt_parse(buf, len, 1, &c, err, sizeof err)) {
    std::fprintf(stderr, "migdump: error: %s: %s\n", path, err);
    std::free(buf);
    return 1;
  }
  {
    Dumper d(c);
    if (summary) d.summary(path);
    else std::printf("%s\n", dumpJson(d).c_str());
  }
  mig_ckpt_free(&c);
  std::free(buf);
  return 0;
}
#endif // MIGDUMP_NO_MAIN
