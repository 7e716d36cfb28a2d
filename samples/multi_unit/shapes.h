/* samples/multi_unit: one program from three C files, the way real programs
 * are built. Each unit has a static function and a static global named like
 * the other unit's (`describe`, `count`), a static local, string literals
 * stored in data; a table in main.c points to functions defined in the other
 * two units, and a global defined in one unit points into another unit's
 * heap list. */
#ifndef SHAPES_H
#define SHAPES_H

struct shape {
  const char *kind;           /* a string literal of the unit that made it */
  double (*area)(const struct shape *);
  double w, h;
  struct shape *next;
};

extern struct shape *all_shapes; /* defined in circle.c, filled by both */
extern int created;              /* defined in main.c */

struct shape *make_rect(double w, double h);
struct shape *make_circle(double r);
double rect_total(int rounds);
double circle_total(int rounds);
const char *rect_label(void);
const char *circle_label(void);

#endif
