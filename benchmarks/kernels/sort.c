/* Hand-written sorts on a heap array of ints: recursive quicksort
 * (median of three, insertion sort for small ranges) and top-down
 * mergesort with a scratch buffer. */
#include <stdio.h>
#include <stdlib.h>

#define N 2000000
#define REPS 2

static void fill(int *a, int n, unsigned seed) {
  for (int i = 0; i < n; i++) {
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    a[i] = (int)(seed % 1000000007u);
  }
}

static void insertion_sort(int *a, int lo, int hi) {
  for (int i = lo + 1; i <= hi; i++) {
    int v = a[i], j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

static void swap(int *a, int i, int j) {
  int t = a[i];
  a[i] = a[j];
  a[j] = t;
}

static void quicksort(int *a, int lo, int hi) {
  while (hi - lo > 16) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    int pivot = a[mid];
    int i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    /* recurse into the smaller part, loop on the larger */
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
  insertion_sort(a, lo, hi);
}

static void merge_sort(int *a, int *tmp, int lo, int hi) {
  if (hi - lo < 16) {
    insertion_sort(a, lo, hi);
    return;
  }
  int mid = lo + (hi - lo) / 2;
  merge_sort(a, tmp, lo, mid);
  merge_sort(a, tmp, mid + 1, hi);
  int i = lo, j = mid + 1, k = lo;
  while (i <= mid && j <= hi)
    tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i <= mid)
    tmp[k++] = a[i++];
  while (j <= hi)
    tmp[k++] = a[j++];
  for (k = lo; k <= hi; k++)
    a[k] = tmp[k];
}

static unsigned long check(const int *a, int n, int *sorted) {
  unsigned long h = 1469598103934665603ul;
  *sorted = 1;
  for (int i = 0; i < n; i++) {
    if (i > 0 && a[i - 1] > a[i])
      *sorted = 0;
    h = (h ^ (unsigned)a[i]) * 1099511628211ul;
  }
  return h;
}

int main(void) {
  int *a = malloc(sizeof(int) * N);
  int *tmp = malloc(sizeof(int) * N);
  unsigned long hq = 0, hm = 0;
  int okq = 1, okm = 1, ok;
  for (int r = 0; r < REPS; r++) {
    fill(a, N, 12345u + r);
    quicksort(a, 0, N - 1);
    hq ^= check(a, N, &ok);
    okq &= ok;
    fill(a, N, 777u + r);
    merge_sort(a, tmp, 0, N - 1);
    hm ^= check(a, N, &ok);
    okm &= ok;
  }
  printf("sort n=%d reps=%d quick=%016lx/%d merge=%016lx/%d\n", N, REPS, hq,
         okq, hm, okm);
  free(a);
  free(tmp);
  return 0;
}
