/* A small stack-machine interpreter: a switch dispatch loop that calls
   helper functions for some opcodes (an interpreter's shape: many calls from
   one hot loop). It runs a loop-counting bytecode program. */
#include <stdio.h>

enum { PUSH, ADD, SUB, MUL, MOD, DUP, SWAP, JNZ, CALLF, LOAD, STORE, HALT };

typedef struct {
  long stack[64];
  int sp;
  long vars[8];
} VM;

static void push(VM *vm, long v) { vm->stack[vm->sp++] = v; }
static long pop(VM *vm) { return vm->stack[--vm->sp]; }

static long mix(long a, long b) { return (a * 31 + b) % 1000003; }

static long run(VM *vm, const long *code) {
  int pc = 0;
  for (;;) {
    long op = code[pc++];
    switch (op) {
    case PUSH: push(vm, code[pc++]); break;
    case ADD: { long b = pop(vm), a = pop(vm); push(vm, a + b); break; }
    case SUB: { long b = pop(vm), a = pop(vm); push(vm, a - b); break; }
    case MUL: { long b = pop(vm), a = pop(vm); push(vm, a * b); break; }
    case MOD: { long b = pop(vm), a = pop(vm); push(vm, a % b); break; }
    case DUP: { long a = pop(vm); push(vm, a); push(vm, a); break; }
    case SWAP: { long b = pop(vm), a = pop(vm); push(vm, b); push(vm, a); break; }
    case JNZ: { long t = code[pc++]; if (pop(vm)) pc = (int)t; break; }
    case CALLF: { long b = pop(vm), a = pop(vm); push(vm, mix(a, b)); break; }
    case LOAD: push(vm, vm->vars[code[pc++]]); break;
    case STORE: vm->vars[code[pc++]] = pop(vm); break;
    case HALT: return vm->vars[1];
    }
  }
}

int main(void) {
  /* v0 = 30000000; v1 = 7; do { v1 = mix(v1, v0); v0 = v0 - 1; } while (v0); */
  static const long code[] = {
      PUSH, 30000000, STORE, 0, PUSH, 7, STORE, 1,
      /* 8: */ LOAD, 1, LOAD, 0, CALLF, STORE, 1,
      LOAD, 0, PUSH, 1, SUB, DUP, STORE, 0, JNZ, 8, HALT};
  VM vm = {.sp = 0};
  long r = run(&vm, code);
  printf("interp: %ld\n", r);
  return 0;
}
