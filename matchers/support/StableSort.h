//===--- StableSort.h - A stable sort without temporary buffers ---*- C++ -*-===//
//
// std::stable_sort asks libstdc++ 12 for std::get_temporary_buffer, which
// clang 19 reports as deprecated in every file that sorts so: four warnings
// on every build. Sorting positions with std::sort and the original order
// as the last key is as stable, and warns about nothing.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_SUPPORT_STABLESORT_H
#define METRICS_INIT_CHECK_MATCHERS_SUPPORT_STABLESORT_H

#include <algorithm>
#include <numeric>
#include <vector>

namespace metrics_init_check {

/// Sorts \p Items by \p Less, keeping equal items in their order.
template <typename T, typename Compare>
void stableSort(std::vector<T> &Items, Compare Less) {
  std::vector<size_t> Order(Items.size());
  std::iota(Order.begin(), Order.end(), size_t(0));
  std::sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    if (Less(Items[A], Items[B]))
      return true;
    if (Less(Items[B], Items[A]))
      return false;
    return A < B;
  });
  std::vector<T> Sorted;
  Sorted.reserve(Items.size());
  for (size_t I : Order)
    Sorted.push_back(std::move(Items[I]));
  Items = std::move(Sorted);
}

} // namespace metrics_init_check

#endif
