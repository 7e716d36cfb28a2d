/*===- mig.h - The migcc user API ------------------------------------------===*
 * Found automatically by migcc. See README.md, "The user's contract".
 *===----------------------------------------------------------------------===*/
#ifndef MIG_H
#define MIG_H
#ifdef __cplusplus
extern "C" {
#endif

/* Write a checkpoint here. Returns 0 when execution simply continues after
 * writing it, 1 when execution is resuming from this checkpoint after a
 * restore, and a negative value (with a message on stderr) when the
 * checkpoint was refused. In a program not built by migcc it returns -1. */
int mig_checkpoint(void);

/* A tagged union: which member of a union is live is the program's own
 * knowledge. Declaring it lets a restore on another ABI convert exactly the
 * live member (a `char[]` member holding data, or a `long` sharing its
 * bytes with a `double`, cannot be converted otherwise). One declaration
 * per tag value, at file scope, next to the struct:
 *
 *   struct value { enum tag tag; union { long i; double d; char b[16]; } u; };
 *   MIG_UNION_TAG(struct value, tag, u, T_INT, i);
 *   MIG_UNION_TAG(struct value, tag, u, T_REAL, d);
 *   MIG_UNION_TAG(struct value, tag, u, T_BYTES, b);
 *
 * When `tag` holds T_REAL the restore converts `u.d` alone; a tag value
 * without a declaration leaves the union to the rules of
 * docs/checkpoint-format.md ("Unions"). The owner is spelled as the type
 * is named (`struct value`, or a typedef name); the declarations of the
 * receiving program count (they are compiled into it). */
typedef struct mig_union_tag {
  const char *owner;       /* "struct value" */
  const char *tag_field;   /* "tag" */
  const char *union_field; /* "u" */
  const char *member;      /* "d" */
  long long value;         /* T_REAL */
} mig_union_tag;

#define MIG_UNION_TAG_CAT2_(a, b) a##b
#define MIG_UNION_TAG_CAT_(a, b) MIG_UNION_TAG_CAT2_(a, b)
/* The sizeof terms are 0 but make the compiler check that the fields and
 * the member exist. */
#define MIG_UNION_TAG(owner, tag_field, union_field, value, member)                         \
  __attribute__((used, section("mig_union_tags"))) static const mig_union_tag             \
      MIG_UNION_TAG_CAT_(mig_union_tag_, __LINE__) = {                                      \
          #owner, #tag_field, #union_field, #member,                                          \
          (long long)(value) + 0 * sizeof(((owner *)0)->union_field.member) +                 \
              0 * sizeof(((owner *)0)->tag_field)}

#ifdef __cplusplus
}
#endif
#endif /* MIG_H */
