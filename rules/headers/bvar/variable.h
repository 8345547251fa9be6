// Declaration-only stand-in for <bvar/variable.h>, shipped with
// metrics-init-check for scans where brpc is not installed. Follows the public
// API of brpc 1.0 to 1.12. It is put last on the include path (-idirafter):
// the real header always takes precedence. Nothing here can be linked or run.
// Deviation: the real name parameters are butil::StringPiece (implicitly
// constructible from const char* / std::string); std::string is used here.
#ifndef BVAR_VARIABLE_H
#define BVAR_VARIABLE_H

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace bvar {

enum DisplayFilter {
    DISPLAY_ON_HTML = 1,
    DISPLAY_ON_PLAIN_TEXT = 2,
    DISPLAY_ON_ALL = 3,
};

// Base class of every bvar; exposing registers it under a global name.
class Variable {
public:
    Variable() {}
    virtual ~Variable() {}

    virtual void describe(std::ostream&, bool quote_string) const = 0;
    std::string get_description() const;

    // Returns 0 on success, -1 otherwise.
    int expose(const std::string& name,
               DisplayFilter display_filter = DISPLAY_ON_ALL) {
        return expose_impl(std::string(), name, display_filter);
    }
    int expose_as(const std::string& prefix,
                  const std::string& name,
                  DisplayFilter display_filter = DISPLAY_ON_ALL) {
        return expose_impl(prefix, name, display_filter);
    }

    // Returns false if already hidden.
    bool hide() { bool was = !_name.empty(); _name.clear(); return was; }
    bool is_hidden() const { return _name.empty(); }
    const std::string& name() const { return _name; }

    static void list_exposed(std::vector<std::string>* names,
                             DisplayFilter = DISPLAY_ON_ALL);
    static size_t count_exposed();

protected:
    virtual int expose_impl(const std::string& prefix,
                            const std::string& name,
                            DisplayFilter display_filter) {
        (void)display_filter;
        _name = prefix.empty() ? name : prefix + "_" + name;
        return 0;
    }

private:
    std::string _name;
    Variable(const Variable&) = delete;
    Variable& operator=(const Variable&) = delete;
};

}  // namespace bvar

#endif  // BVAR_VARIABLE_H
