#include <stdio.h>

int main(int argc, char *argv[]) {
  printf("foo %f %f %f %f\n", 1.23, 12312.1, 3.1, 13.1);
  return 0;
}
