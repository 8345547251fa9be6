//===--- RulePack.h - Metrics library descriptions as data -------*- C++ -*-===//
//
// A rule pack tells the engine, for one metrics library or one code base,
// which APIs create, register and expose metrics, where a service starts
// serving, and where environment-dependent values come from. Packs are JSON
// (format: docs/rule-packs.md); adding a library never needs C++ changes.
//
//===----------------------------------------------------------------------===//

#ifndef METRICS_INIT_CHECK_MATCHERS_CONFIG_RULEPACK_H
#define METRICS_INIT_CHECK_MATCHERS_CONFIG_RULEPACK_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace metrics_init_check {

/// What a matched API means for the service's metrics.
enum class ApiRole {
  Create,       ///< a registry / provider comes to exist
  Register,     ///< a metric or collector enters a registry
  Expose,       ///< metrics become reachable (HTTP endpoint, push, reader)
  SelfRegister, ///< static object registering during static initialisation
  Serve,        ///< the service starts serving (blocking run, listen, start)
  Entry,        ///< a service entry function
  Exit,         ///< does not return to the caller (exit, abort, LOG(FATAL))
};
constexpr unsigned NumApiRoles = 7;

/// A set of ApiRoles, one bit each. Rules ask about one stage of metrics
/// set-up at a time: a registry that is always created but exposed only in
/// production is an exposure problem, not a creation one.
using RoleMask = unsigned;
constexpr RoleMask roleBit(ApiRole R) { return 1u << static_cast<unsigned>(R); }
constexpr RoleMask InitRoles = roleBit(ApiRole::Create) |
                               roleBit(ApiRole::Register) |
                               roleBit(ApiRole::Expose) |
                               roleBit(ApiRole::SelfRegister);

llvm::StringRef apiRoleName(ApiRole Role);

/// A qualified name, optionally with `*` wildcards, as in
/// "::prometheus::detail::Builder::Register". A class name stands for all
/// of its constructors.
struct ApiPattern {
  std::string Name;
  ApiRole Role = ApiRole::Create;
  /// Only calls with at least this many arguments match (bvar: a named
  /// constructor exposes, a default-constructed variable does not).
  unsigned MinArgs = 0;
  /// Only calls whose callee takes a string (a `string_types` class) at
  /// each of these parameters match: `LatencyRecorder(name)` exposes,
  /// `LatencyRecorder(window_size)` does not.
  std::vector<unsigned> StringArgs;
  std::string Pack; ///< the pack that declared it, for messages
  /// An options argument whose field, set to a constant, turns the API's
  /// effect off: brpc's `options.has_builtin_services = false` makes
  /// `Server::Start(port, &options)` serve without /vars.
  struct FieldSwitch {
    unsigned Arg = 0;
    std::string Field;
    bool Value = false;
  };
  std::optional<FieldSwitch> DisabledBy;
  /// What a call sets up when that is not the metrics themselves, as
  /// messages name it: prometheus' Exposer constructor creates "the
  /// /metrics endpoint". Empty: the metrics.
  std::string Subject;
};

/// A function whose result (or out-parameter) carries a value taken from
/// the process environment.
struct EnvSourcePattern {
  std::string Name;
  int NameArg = 0; ///< argument that names the variable; -1 if none
  int OutArg = -1; ///< argument written with the value; -1: the return value
  std::string Kind = "environment variable"; ///< for messages
};

/// A call that does something with a metrics object: fills it (a family
/// registered into a registry, a reader added to a provider) or exports it
/// (the registry handed to an Exposer, the provider installed globally).
struct ObjectUse {
  std::string Api; ///< qualified name, `*` wildcards allowed
  /// Which argument is the object; -1: the object the method is called on.
  int Arg = 0;
  /// The API keeps only a weak reference (prometheus' Exposer holds a
  /// weak_ptr): someone else must keep the object alive.
  bool Weak = false;
};

/// A kind of metrics object (a registry, an exposer, a meter provider, an
/// exporter) and what must happen to one for its metrics to be seen.
struct ObjectPattern {
  std::string Kind; ///< "registry", for messages
  /// Constructing one of these types (directly, with new, make_shared or
  /// make_unique) creates an object of this kind.
  std::vector<std::string> Types;
  /// Calls whose result is a new object of this kind (factories).
  std::vector<std::string> CreatedBy;
  /// Factories that build an object already filled from what they are
  /// given: `MeterProviderFactory::Create(context)` makes a provider whose
  /// readers were added to the context. Only calls with at least MinArgs
  /// arguments count; each is also a creation (as CreatedBy).
  std::vector<ApiPattern> CreatedFilledBy;
  /// Types a variable, field or parameter holding one may be declared as
  /// without creating one: the interfaces factories return
  /// (`PushMetricExporter`, `MetricReader`). Followed across files.
  std::vector<std::string> HeldAs;
  std::vector<ObjectUse> FilledBy;
  std::vector<ObjectUse> ExportedBy;
  enum class ExportRule { Never, WhenFilled, Always };
  /// When an object that is never exported is a finding.
  ExportRule MustExport = ExportRule::WhenFilled;
  /// An object never filled is a finding (an Exposer with nothing
  /// registered, a provider with no reader).
  bool MustFill = false;
  /// A local one dies when its function returns: a finding unless that
  /// function serves (or is main) or the object is kept elsewhere.
  bool MustOutliveSetUp = false;
  std::string Pack;
};

/// Something the whole program must do once any TU does something else:
/// bvars exposed need a brpc server or the dummy server somewhere, seastar
/// metric groups need the Prometheus endpoint started.
struct ProgramRequirement {
  std::string Id; ///< "<pack>#<index>", stable for the index
  std::vector<ApiPattern> When;
  std::vector<std::string> Requires;
  std::string Message;
  std::string Pack;
  /// Calls that meet the requirement only in some environments, through
  /// something the code does not show: a brpc channel starts brpc's
  /// background thread, which starts the dummy server when a file
  /// `dummy_server.port` is in the working directory. Empty: none.
  std::vector<std::string> MetInSomeEnvironmentsBy;
  /// What the environment must provide, as messages say it ("a file
  /// 'dummy_server.port' is in the working directory").
  std::string MetWhen;
};

/// Where a metric definition's name, help, unit or destination is read:
/// an argument of the call, the object it is called on, or the argument of
/// a method called earlier in a builder chain on that object
/// (prometheus-cpp's `BuildCounter().Name("x").Register(registry)`).
struct MetricField {
  enum Source { None, Argument, Object, Chain, Field };
  Source From = None;
  /// For Argument: the index, negative from the end (-1: the last).
  int Arg = 0;
  /// For Chain: the method's name ("Name"); for Field: the data member's
  /// ("name" of a `MetricFamily`).
  std::string Method;
};

/// How an exporter turns a metric's unit into a suffix of its name
/// (`unit_suffixes` in a pack): OpenTelemetry's Prometheus exporter
/// exposes a histogram of unit "ms" as `<name>_milliseconds`.
struct UnitSuffix {
  using Table = std::vector<std::pair<std::string, std::string>>;
  /// Unit → word ("ms" → "milliseconds", "1" → ""); a unit not listed is
  /// its own word.
  Table Units;
  /// The per-unit of a rate "X/Y" → word ("s" → "second"): "By/s" is
  /// bytes_per_second.
  Table PerUnits;
  /// Per Prometheus type, units whose suffix is a word of its own
  /// ("gauge": {"1": "ratio"}).
  std::vector<std::pair<std::string, Table>> TypeUnits;
};

/// An API that defines a metric, for the audit's inventory (`metrics` in a
/// pack): a registration, an instrument factory, a named variable.
struct MetricDefinition {
  std::string Api; ///< qualified name, `*` wildcards; a class: its constructors
  /// Instead of Api: a class whose objects are definitions once their name
  /// field is given, by aggregate initialisation or by assignment
  /// (prometheus-cpp's `MetricFamily` built by hand in a `Collect()`).
  /// Its fields are read with MetricField::Field.
  std::string Type;
  /// A field holding the kind as an enumerator (`MetricType::Counter` →
  /// "counter"); used when Kind is empty.
  MetricField KindFrom;
  /// The metric type ("counter"); empty when taken from the template
  /// argument of the callee's class (`Builder<Counter>` → "counter").
  std::string Kind;
  MetricField Name, Help, Unit, LandsIn;
  /// A prefix the library joins to the name with '_' (bvar's
  /// `Adder<int>("prefix", "name")`).
  MetricField Prefix;
  /// The builder method whose argument holds constant labels, if any.
  std::string LabelsMethod;
  /// An argument listing label names only (bvar MultiDimension's
  /// `{"method", "code"}`): their values come per sample.
  MetricField LabelNames;
  /// The Prometheus type it is exposed as ("counter", "gauge",
  /// "histogram", "summary", "info", "untyped"); empty: the kind.
  std::string PrometheusType;
  /// What the library does to the name before exposing it: "as_is",
  /// "underscored" (bvar: CamelCase to snake_case, other characters to
  /// '_'), "sanitized" (OpenTelemetry's Prometheus exporter: characters
  /// Prometheus does not allow to '_').
  std::string ExposedAs = "as_is";
  /// Who gives a counter its `_total`: "name" (the name must carry it),
  /// "added" (the library or exporter appends it), "unknown" (not checked).
  std::string CounterTotal = "name";
  /// Whether type suffixes (`_total`, `_count`, ...) are held to
  /// Prometheus' types: false where the library's own exposition does
  /// otherwise (brpc exposes every bvar as a gauge, its own
  /// LatencyRecorder's `_count` included).
  bool LintSuffixes = true;
  /// Calls on the defined object (or what holds it) that add a sample with
  /// labels: `family.Add({{"method", m}})`, `counter->Add(1, {{"k", v}})`.
  struct Sample {
    std::string Api;
    MetricField Labels; ///< (name, value) pairs
    MetricField Values; ///< values only, in the order of LabelNames
  };
  std::vector<Sample> Samples;
  /// The names the metric is exposed under, each `<exposed name>_<suffix>`
  /// (bvar's LatencyRecorder "x": x_latency, x_qps, ...); empty: one name.
  std::vector<std::string> Series;
  /// The unit suffix convention (`unit_suffix`, a name of the pack's
  /// `unit_suffixes`) the exporter applies; none: the unit is not in the
  /// name.
  std::optional<UnitSuffix> UnitSuffixes;
  std::string UnitSuffixName; ///< as the pack names it, until resolved
  /// A prefix the exporter joins with '_' before everything else, by
  /// default (Seastar's `prometheus::config::prefix`, "seastar").
  std::string ExposedPrefix;
  /// Suffixes the library removes from the name before joining the
  /// series (LatencyRecorder drops a trailing "latency").
  std::vector<std::string> NameDropsSuffixes;
  unsigned MinArgs = 0;
  /// As ApiPattern::StringArgs: overloads told apart by parameter types.
  std::vector<unsigned> StringArgs;
  std::string Pack;
};

/// A call whose name argument prefixes the metrics defined among its
/// arguments (Seastar's `add_group("http", {make_counter("requests")})`
/// exposes `http_requests`).
struct MetricGroup {
  std::string Api;
  int NameArg = 0;
};

/// A call that makes one label of a metric among a definition's
/// arguments: Seastar's `label_instance("k", v)` or `label("k")(v)`.
/// Name is an argument index, or -1 for the first argument of the object
/// the call is made on (`label("k")`).
struct LabelMaker {
  std::string Api;
  int NameArg = 0;
  int ValueArg = 1;
};

/// What the naming and label lint knows (`metric_naming` in a pack).
struct MetricNaming {
  /// Unit words that are not base units, and the base unit to use
  /// ("milliseconds" -> "seconds").
  std::vector<std::pair<std::string, std::string>> NonBaseUnits;
  /// Words that say a name measures something with a unit, and the base
  /// unit its name should then carry ("latency" -> "seconds").
  std::vector<std::pair<std::string, std::string>> MeasuredWords;
  using Table = std::vector<std::pair<std::string, std::vector<std::string>>>;
  /// The suffix a type's name carries ("counter" -> "_total").
  Table TypeSuffixes;
  /// Suffixes of the series a type generates itself ("_count" ->
  /// histogram, summary): no metric's own name may end in them.
  Table GeneratedSuffixes;
  /// Label name prefixes Prometheus reserves ("__").
  std::vector<std::string> ReservedLabelPrefixes;
  /// Label names a type generates itself ("histogram" -> "le").
  Table ReservedLabels;
  /// Words of identifiers whose values are unbounded ("request_id").
  std::vector<std::string> UnboundedLabelWords;
  /// Types whose members are request data (`::httplib::Request`), and the
  /// members of them that are bounded (`method`).
  std::vector<std::string> RequestTypes;
  std::vector<std::string> BoundedRequestMembers;
};

struct RulePack {
  std::string Name;
  std::string Path;
  std::string Description;
  std::vector<ApiPattern> Apis;
  std::vector<EnvSourcePattern> EnvSources;
  /// Globals whose name starts with one of these carry command-line or
  /// environment configuration (gflags' FLAGS_).
  std::vector<std::string> FlagPrefixes;
  std::vector<std::string> EnvNameLiterals;
  std::vector<std::string> EnvConfigNames;
  std::vector<std::string> MetricsSwitchNames;
  std::vector<std::string> BuildModeMacros;
  std::vector<std::string> MetricsFeatureMacros;
  std::vector<ObjectPattern> Objects;
  std::vector<ProgramRequirement> Requirements;
  std::vector<MetricDefinition> Metrics;
  std::vector<MetricGroup> MetricGroups;
  std::vector<LabelMaker> LabelMakers;
  MetricNaming Naming;
  /// Named unit suffix conventions (`unit_suffixes`), which the pack's
  /// definitions refer to by `unit_suffix`.
  std::vector<std::pair<std::string, UnitSuffix>> UnitSuffixTables;
  /// Classes that are strings for `string_args` ("::std::basic_string",
  /// "::butil::BasicStringPiece"), references and cv-qualifiers aside.
  std::vector<std::string> StringTypes;

  /// Which versions of the library the pack was checked against.
  std::string Covers;
  /// Whose code it is (docs/whose-code.md). Namespaces that are the
  /// library's own implementation ("bvar", "opentelemetry"): nothing in
  /// them is reported, and what their functions do internally is not
  /// set-up (only the pack's APIs are).
  std::vector<std::string> LibraryNamespaces;
  /// Path globs of the library's own files ("*/include/prometheus/*").
  std::vector<std::string> LibraryPaths;
  /// Folder names that hold other people's code (`third_party`, `_deps`).
  std::vector<std::string> DependencyFolders;
  /// Programs that are not services: classes or namespaces whose
  /// declaration in a TU marks it as a test or benchmark
  /// ("::testing::Test", "::benchmark::State").
  std::vector<std::string> TestMarkers;
  /// Folder names ("tests", "bench") and file-name globs ("*_test.cc")
  /// of test and benchmark sources.
  std::vector<std::string> TestFolders;
  std::vector<std::string> TestFiles;
};

/// Parses and validates one pack. Errors read
/// "<path>:<line>:<col>: error: <what is wrong>", one per line.
llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef Path);

/// Reads \p Path and parses it.
llvm::Expected<RulePack> loadRulePackFile(llvm::StringRef Path);

/// A pack made of `;`-separated qualified names given as options
/// (`ServePoints`, `EntryPoints` in .clang-tidy CheckOptions), for users
/// who would rather not write a pack file for two names.
llvm::Expected<RulePack> packFromOptions(llvm::StringRef ServePoints,
                                         llvm::StringRef EntryPoints);


} // namespace metrics_init_check

#endif
