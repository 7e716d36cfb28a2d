#include <stdio.h>

int main(int argc, char **argv) {
  printf("hello from migcc, %d args\n", argc - 1);
  for (int i = 1; i < argc; i++)
    printf("arg %d: %s\n", i, argv[i]);
  return 0;
}
