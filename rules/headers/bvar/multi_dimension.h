// Declaration-only stand-in for <bvar/multi_dimension.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the public
// API of brpc 1.8 to 1.12. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or run.
// Deviation: name parameters are std::string (real: butil::StringPiece); no
// MVariable base (its dump functions are left out).
#ifndef BVAR_MULTI_DIMENSION_H
#define BVAR_MULTI_DIMENSION_H

#include <list>
#include <string>

namespace bvar {

template <typename T, typename KeyType = std::list<std::string>,
          bool Shared = false>
class MultiDimension {
public:
    typedef KeyType key_type;
    typedef T value_type;
    typedef T* value_ptr_type;

    explicit MultiDimension(const key_type& labels);
    MultiDimension(const std::string& name, const key_type& labels);
    MultiDimension(const std::string& prefix, const std::string& name,
                   const key_type& labels);
    ~MultiDimension();

    template <typename K = key_type>
    value_ptr_type get_stats(const K& labels_value);
    void delete_stats(const key_type& labels_value);
    void clear_stats();
    size_t count_stats();
};

}  // namespace bvar

#endif  // BVAR_MULTI_DIMENSION_H
