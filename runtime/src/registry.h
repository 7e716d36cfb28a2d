/*===- registry.h - Registered units, globals, functions, literals --------===*/
#ifndef MIG_REGISTRY_H
#define MIG_REGISTRY_H
#include <mig/abi.h>
#include <stddef.h>
#include <stdint.h>

void mig_registry_init(void); /* after all constructors; exits on ABI mismatch */
uint64_t mig_fingerprint(void);
const __mig_global *mig_global_by_name(const char *name);
const __mig_literal *mig_literal_by_name(const char *name);
const __mig_func *mig_func_by_name(const char *name);
void *mig_function_addr(const char *name);
const char *mig_function_name(uintptr_t addr);
/* The signature (a MIG_K_FNPTR descriptor) of a registered function; NULL
 * when its unit did not say. */
const __mig_type *mig_function_type(const char *name);
/* Iteration over registered things: index i < count. */
size_t mig_nglobals(void);
const __mig_global *mig_global_at(size_t i);
size_t mig_nliterals(void);
const __mig_literal *mig_literal_at(size_t i);
size_t mig_nfunctions(void);
const __mig_function_ref *mig_function_at(size_t i);
/* The calling thread's instance of global i (MIG_GF_THREAD), else its addr. */
void *mig_global_addr_here(size_t i);
/* Index of a registered global (i with mig_global_at(i) == g). */
size_t mig_global_index(const __mig_global *g);

#endif
