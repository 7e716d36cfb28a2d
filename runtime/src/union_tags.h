/*===- union_tags.h - The program's own tags of its unions ----------------===*
 * MIG_UNION_TAG (mig.h) declarations compiled into this program: for a
 * union field of a struct, the struct field that tells which member is
 * live, and the member for each tag value.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_UNION_TAGS_H
#define MIG_UNION_TAGS_H

/* The tag field declared for union field `union_field` of type `owner`
 * ("struct value", "u"), or NULL when none is. */
const char *mig_union_tag_field(const char *owner, const char *union_field);

/* The member declared live when the tag holds `value`, or NULL. */
const char *mig_union_tag_member(const char *owner, const char *union_field, long long value);

#endif
