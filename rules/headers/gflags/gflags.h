// Declaration-only stand-in for <gflags/gflags.h>, shipped with
// metrics-init-check for scans where gflags is not installed. Follows the
// public API of gflags 2.2 (namespace google, re-exported as gflags). It is
// put last on the include path (-idirafter): the real header always takes
// precedence. Nothing here can be linked.
#ifndef GFLAGS_GFLAGS_H_
#define GFLAGS_GFLAGS_H_

#include <string>
#include <vector>

#include <gflags/gflags_declare.h>

namespace GFLAGS_NAMESPACE {

// Validators: return false to reject a value.
bool RegisterFlagValidator(const bool* flag, bool (*validate_fn)(const char*, bool));
bool RegisterFlagValidator(const int32* flag, bool (*validate_fn)(const char*, int32));
bool RegisterFlagValidator(const uint32* flag, bool (*validate_fn)(const char*, uint32));
bool RegisterFlagValidator(const int64* flag, bool (*validate_fn)(const char*, int64));
bool RegisterFlagValidator(const uint64* flag, bool (*validate_fn)(const char*, uint64));
bool RegisterFlagValidator(const double* flag, bool (*validate_fn)(const char*, double));
bool RegisterFlagValidator(const std::string* flag,
                           bool (*validate_fn)(const char*, const std::string&));

struct CommandLineFlagInfo {
  std::string name;
  std::string type;
  std::string description;
  std::string current_value;
  std::string default_value;
  std::string filename;
  bool has_validator_fn;
  bool is_default;
  const void* flag_ptr;
};

void GetAllFlags(std::vector<CommandLineFlagInfo>* output);
void ShowUsageWithFlags(const char* argv0);
void ShowUsageWithFlagsRestrict(const char* argv0, const char* restrict_);
std::string DescribeOneFlag(const CommandLineFlagInfo& flag);

void SetArgv(int argc, const char** argv);
const std::vector<std::string>& GetArgvs();
const char* GetArgv();
const char* GetArgv0();
uint32 GetArgvSum();
const char* ProgramInvocationName();
const char* ProgramInvocationShortName();
const char* ProgramUsage();
const char* VersionString();

bool GetCommandLineOption(const char* name, std::string* OUTPUT);
bool GetCommandLineFlagInfo(const char* name, CommandLineFlagInfo* OUTPUT);
CommandLineFlagInfo GetCommandLineFlagInfoOrDie(const char* name);

enum FlagSettingMode { SET_FLAGS_VALUE, SET_FLAG_IF_DEFAULT, SET_FLAGS_DEFAULT };
std::string SetCommandLineOption(const char* name, const char* value);
std::string SetCommandLineOptionWithMode(const char* name, const char* value,
                                         FlagSettingMode set_mode);

// Saves and restores every flag's value in its scope.
class FlagSaver {
 public:
  FlagSaver();
  ~FlagSaver();
  FlagSaver(const FlagSaver&) = delete;
  void operator=(const FlagSaver&) = delete;
};

std::string CommandlineFlagsIntoString();
bool ReadFlagsFromString(const std::string& flagfilecontents,
                         const char* prog_name, bool errors_are_fatal);
bool AppendFlagsIntoFile(const std::string& filename, const char* prog_name);
bool ReadFromFlagsFile(const std::string& filename, const char* prog_name,
                       bool errors_are_fatal);

// A flag's default taken from an environment variable: these are the
// environment sources the gflags rule pack names.
bool BoolFromEnv(const char* varname, bool defval);
int32 Int32FromEnv(const char* varname, int32 defval);
uint32 Uint32FromEnv(const char* varname, uint32 defval);
int64 Int64FromEnv(const char* varname, int64 defval);
uint64 Uint64FromEnv(const char* varname, uint64 defval);
double DoubleFromEnv(const char* varname, double defval);
const char* StringFromEnv(const char* varname, const char* defval);

void SetUsageMessage(const std::string& usage);
void SetVersionString(const std::string& version);

uint32 ParseCommandLineFlags(int* argc, char*** argv, bool remove_flags);
uint32 ParseCommandLineNonHelpFlags(int* argc, char*** argv, bool remove_flags);
void HandleCommandLineHelpFlags();
bool AllowCommandLineReparsing();
void ReparseCommandLineNonHelpFlags();
void ShutDownCommandLineFlags();

// Registers a flag with the library when a DEFINE_ macro's static object is
// initialised.
class FlagRegisterer {
 public:
  template <typename FlagType>
  FlagRegisterer(const char* name, const char* help, const char* filename,
                 FlagType* current_storage, FlagType* defvalue_storage);
};

extern const char kStrippedFlagHelp[];

}  // namespace GFLAGS_NAMESPACE

#define DEFINE_validator(name, validator)             \
  static const bool name##_validator_registered =     \
      ::GFLAGS_NAMESPACE::RegisterFlagValidator(&FLAGS_##name, validator)

// Same shape as gflags': the variable in namespace fL<type>, registered by a
// static FlagRegisterer, then pulled into the current namespace.
#define DEFINE_VARIABLE(type, shorttype, name, value, help)             \
  namespace fL##shorttype {                                             \
  static const type FLAGS_nono##name = value;                           \
  type FLAGS_##name = FLAGS_nono##name;                                 \
  static type FLAGS_no##name = FLAGS_nono##name;                        \
  static ::GFLAGS_NAMESPACE::FlagRegisterer o_##name(                   \
      #name, help, __FILE__, &FLAGS_##name, &FLAGS_no##name);           \
  }                                                                     \
  using fL##shorttype::FLAGS_##name

#define DEFINE_bool(name, val, txt) DEFINE_VARIABLE(bool, B, name, val, txt)
#define DEFINE_int32(name, val, txt) \
  DEFINE_VARIABLE(::GFLAGS_NAMESPACE::int32, I, name, val, txt)
#define DEFINE_uint32(name, val, txt) \
  DEFINE_VARIABLE(::GFLAGS_NAMESPACE::uint32, U, name, val, txt)
#define DEFINE_int64(name, val, txt) \
  DEFINE_VARIABLE(::GFLAGS_NAMESPACE::int64, I64, name, val, txt)
#define DEFINE_uint64(name, val, txt) \
  DEFINE_VARIABLE(::GFLAGS_NAMESPACE::uint64, U64, name, val, txt)
#define DEFINE_double(name, val, txt) DEFINE_VARIABLE(double, D, name, val, txt)
#define DEFINE_string(name, val, txt)                                   \
  namespace fLS {                                                       \
  static ::fLS::clstring FLAGS_no##name(val);                           \
  static ::fLS::clstring FLAGS_storage##name(val);                      \
  static ::GFLAGS_NAMESPACE::FlagRegisterer o_##name(                   \
      #name, txt, __FILE__, &FLAGS_storage##name, &FLAGS_no##name);     \
  extern ::fLS::clstring& FLAGS_##name;                                 \
  ::fLS::clstring& FLAGS_##name = FLAGS_storage##name;                  \
  }                                                                     \
  using fLS::FLAGS_##name

// gflags also offers its API under the namespace gflags.
#ifndef GFLAGS_NS_GFLAGS_H_
#define GFLAGS_NS_GFLAGS_H_
namespace gflags {
using GFLAGS_NAMESPACE::int32;
using GFLAGS_NAMESPACE::uint32;
using GFLAGS_NAMESPACE::int64;
using GFLAGS_NAMESPACE::uint64;
using GFLAGS_NAMESPACE::RegisterFlagValidator;
using GFLAGS_NAMESPACE::CommandLineFlagInfo;
using GFLAGS_NAMESPACE::GetAllFlags;
using GFLAGS_NAMESPACE::ShowUsageWithFlags;
using GFLAGS_NAMESPACE::ShowUsageWithFlagsRestrict;
using GFLAGS_NAMESPACE::DescribeOneFlag;
using GFLAGS_NAMESPACE::SetArgv;
using GFLAGS_NAMESPACE::GetArgvs;
using GFLAGS_NAMESPACE::GetArgv;
using GFLAGS_NAMESPACE::GetArgv0;
using GFLAGS_NAMESPACE::ProgramInvocationName;
using GFLAGS_NAMESPACE::ProgramInvocationShortName;
using GFLAGS_NAMESPACE::ProgramUsage;
using GFLAGS_NAMESPACE::VersionString;
using GFLAGS_NAMESPACE::GetCommandLineOption;
using GFLAGS_NAMESPACE::GetCommandLineFlagInfo;
using GFLAGS_NAMESPACE::GetCommandLineFlagInfoOrDie;
using GFLAGS_NAMESPACE::FlagSettingMode;
using GFLAGS_NAMESPACE::SET_FLAGS_VALUE;
using GFLAGS_NAMESPACE::SET_FLAG_IF_DEFAULT;
using GFLAGS_NAMESPACE::SET_FLAGS_DEFAULT;
using GFLAGS_NAMESPACE::SetCommandLineOption;
using GFLAGS_NAMESPACE::SetCommandLineOptionWithMode;
using GFLAGS_NAMESPACE::FlagSaver;
using GFLAGS_NAMESPACE::CommandlineFlagsIntoString;
using GFLAGS_NAMESPACE::ReadFlagsFromString;
using GFLAGS_NAMESPACE::AppendFlagsIntoFile;
using GFLAGS_NAMESPACE::ReadFromFlagsFile;
using GFLAGS_NAMESPACE::BoolFromEnv;
using GFLAGS_NAMESPACE::Int32FromEnv;
using GFLAGS_NAMESPACE::Uint32FromEnv;
using GFLAGS_NAMESPACE::Int64FromEnv;
using GFLAGS_NAMESPACE::Uint64FromEnv;
using GFLAGS_NAMESPACE::DoubleFromEnv;
using GFLAGS_NAMESPACE::StringFromEnv;
using GFLAGS_NAMESPACE::SetUsageMessage;
using GFLAGS_NAMESPACE::SetVersionString;
using GFLAGS_NAMESPACE::ParseCommandLineFlags;
using GFLAGS_NAMESPACE::ParseCommandLineNonHelpFlags;
using GFLAGS_NAMESPACE::HandleCommandLineHelpFlags;
using GFLAGS_NAMESPACE::AllowCommandLineReparsing;
using GFLAGS_NAMESPACE::ReparseCommandLineNonHelpFlags;
using GFLAGS_NAMESPACE::ShutDownCommandLineFlags;
using GFLAGS_NAMESPACE::FlagRegisterer;
}  // namespace gflags
#endif  // GFLAGS_NS_GFLAGS_H_

#endif  // GFLAGS_GFLAGS_H_
