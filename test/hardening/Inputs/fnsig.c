/* Function pointers of several signatures, for fnptr-signature.test: each
 * pointer holds a function of a compatible type (the same signature, a K&R
 * definition, a variadic libc function, the generic void (*)(void), a
 * union member). The first run writes a checkpoint at mig_checkpoint() and
 * goes on; a restored run resumes there and calls every pointer.
 * FNSIG_BAD=1 keeps a function in a pointer of another type: the
 * checkpoint is refused naming the variable. */
#include <mig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int count_chars(const char *s) { return (int)strlen(s); }
void shout(int n) { printf("shout %d\n", n); }
int old_style(a) int a; { return a + 1; }

int (*counter)(const char *) = count_chars;
void (*action)(int);
int (*kr)(int);
int (*say)(const char *, ...);
void (*generic)(void);
int (*loose)(); /* unprototyped: any int-returning function */
void (*bad)(int);
union callback { void (*on_int)(int); int (*on_text)(const char *); long raw; } cb;

int main(void) {
  action = shout;
  kr = old_style;
  say = printf;
  generic = (void (*)(void))count_chars;
  loose = count_chars;
  cb.on_text = count_chars;
  if (getenv("FNSIG_BAD")) bad = (void (*)(int))count_chars;
  int r = mig_checkpoint();
  printf("checkpoint returned %d\n", r);
  action(counter("four"));
  say("kr %d\n", kr(41));
  printf("generic %d union %d loose %d\n", ((int (*)(const char *))generic)("ab"),
         cb.on_text("abc"), loose("wxyz"));
  return 0;
}
