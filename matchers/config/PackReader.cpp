//===--- PackReader.cpp - A rule pack's JSON, checked and read --------------===//
//
// parseRulePack(): every key of a pack checked against the schema
// (docs/rule-packs.md), every error with its file:line:col, the JSON
// itself parsed with a depth bound because packs are input.
//
//===----------------------------------------------------------------------===//

#include "RulePack.h"
#include "JsonPositions.h"
#include "JsonSafety.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"

#include <nlohmann/json.hpp>

namespace metrics_init_check {

namespace {

using nlohmann::json;

const char *typeName(const json &V) {
  switch (V.type()) {
  case json::value_t::null:
    return "null";
  case json::value_t::object:
    return "an object";
  case json::value_t::array:
    return "an array";
  case json::value_t::string:
    return "a string";
  case json::value_t::boolean:
    return "a boolean";
  case json::value_t::number_integer:
  case json::value_t::number_unsigned:
    return "an integer";
  case json::value_t::number_float:
    return "a number";
  default:
    return "an unknown value";
  }
}

/// Collects every problem in a pack, each anchored to where it is, so one
/// run shows the author all of them.
class PackReader {
public:
  PackReader(llvm::StringRef Text, llvm::StringRef Path)
      : Path(Path), Positions(Text) {}

  llvm::Expected<RulePack> read(const json &Root) {
    Pack.Path = Path.str();
    if (!Root.is_object()) {
      error("", llvm::formatv("a rule pack is a JSON object, found {0}",
                              typeName(Root)));
      return finish();
    }
    // nlohmann iterates keys in sorted order; the name must be known
    // before the APIs that record it.
    if (Root.contains("pack"))
      readString(Root["pack"], "/pack", Pack.Name);
    for (const auto &[Key, Value] : Root.items()) {
      std::string Ptr = "/" + escapeJsonPointerToken(Key);
      if (Key == "pack")
        continue;
      else if (Key == "description")
        readString(Value, Ptr, Pack.Description);
      else if (Key == "apis")
        readApis(Value, Ptr);
      else if (Key == "serve_points")
        readApiList(Value, Ptr, ApiRole::Serve);
      else if (Key == "entry_points")
        readApiList(Value, Ptr, ApiRole::Entry);
      else if (Key == "exit_functions")
        readApiList(Value, Ptr, ApiRole::Exit);
      else if (Key == "env_sources")
        readEnvSources(Value, Ptr);
      else if (Key == "flag_prefixes")
        readStrings(Value, Ptr, Pack.FlagPrefixes);
      else if (Key == "env_name_literals")
        readStrings(Value, Ptr, Pack.EnvNameLiterals);
      else if (Key == "env_config_names")
        readStrings(Value, Ptr, Pack.EnvConfigNames);
      else if (Key == "metrics_switch_names")
        readStrings(Value, Ptr, Pack.MetricsSwitchNames);
      else if (Key == "build_mode_macros")
        readStrings(Value, Ptr, Pack.BuildModeMacros);
      else if (Key == "metrics_feature_macros")
        readStrings(Value, Ptr, Pack.MetricsFeatureMacros);
      else if (Key == "objects")
        readObjects(Value, Ptr);
      else if (Key == "program_requires")
        readRequirements(Value, Ptr);
      else if (Key == "metrics")
        readMetrics(Value, Ptr);
      else if (Key == "metric_groups")
        readMetricGroups(Value, Ptr);
      else if (Key == "label_makers")
        readLabelMakers(Value, Ptr);
      else if (Key == "metric_naming")
        readNaming(Value, Ptr);
      else if (Key == "covers")
        readString(Value, Ptr, Pack.Covers);
      else if (Key == "library_namespaces")
        readStrings(Value, Ptr, Pack.LibraryNamespaces);
      else if (Key == "library_paths")
        readGlobs(Value, Ptr, Pack.LibraryPaths);
      else if (Key == "dependency_folders")
        readStrings(Value, Ptr, Pack.DependencyFolders);
      else if (Key == "test_markers")
        readNames(Value, Ptr, Pack.TestMarkers);
      else if (Key == "test_folders")
        readStrings(Value, Ptr, Pack.TestFolders);
      else if (Key == "test_files")
        readGlobs(Value, Ptr, Pack.TestFiles);
      else if (Key == "string_types")
        readNames(Value, Ptr, Pack.StringTypes);
      else if (Key == "unit_suffixes")
        readUnitSuffixes(Value, Ptr);
      else if (Key == "$schema" || Key == "version")
        continue;
      else
        unknownKey(Ptr, Key,
                   "pack, description, apis, serve_points, entry_points, "
                   "exit_functions, env_sources, flag_prefixes, "
                   "env_name_literals, env_config_names, "
                   "metrics_switch_names, build_mode_macros, "
                   "metrics_feature_macros, objects, program_requires, "
                   "metrics, metric_groups, label_makers, metric_naming, "
                   "covers, library_namespaces, library_paths, "
                   "dependency_folders, test_markers, test_folders, "
                   "test_files, string_types, unit_suffixes");
    }
    resolveUnitSuffixes();
    if (Pack.Name.empty() && Errors.empty())
      error("", "missing required key 'pack' (the pack's name)");
    return finish();
  }

private:
  void error(llvm::StringRef Ptr, const llvm::Twine &Message,
             bool AtKey = false) {
    TextPosition P = Positions.lookup(Ptr, AtKey);
    Errors += llvm::formatv("{0}:{1}:{2}: error: {3}\n", Path, P.Line,
                            P.Column, Message.str())
                  .str();
  }

  void unknownKey(llvm::StringRef Ptr, llvm::StringRef Key,
                  llvm::StringRef Known) {
    error(Ptr, "unknown key '" + Key + "' (known keys: " + Known + ")",
          /*AtKey=*/true);
  }

  /// Reads each element of the array \p V with \p Read(Item, ItemPtr,
  /// Index); a \p V that is not an array, or an element that is not an
  /// object, is reported with \p ArrayWhat / \p ItemWhat as what was
  /// expected.
  template <typename ReadFn>
  void forEachObject(const json &V, llvm::StringRef Ptr,
                     llvm::StringRef ArrayWhat, llvm::StringRef ItemWhat,
                     ReadFn Read) {
    if (!expect(V, Ptr, json::value_t::array, ArrayWhat))
      return;
    for (size_t I = 0; I < V.size(); ++I) {
      std::string ItemPtr = Ptr.str() + "/" + std::to_string(I);
      if (expect(V[I], ItemPtr, json::value_t::object, ItemWhat))
        Read(V[I], ItemPtr, I);
    }
  }

  bool expect(const json &V, llvm::StringRef Ptr, json::value_t Type,
              llvm::StringRef What) {
    bool Ok = V.type() == Type ||
              (Type == json::value_t::number_integer &&
               V.type() == json::value_t::number_unsigned);
    if (!Ok)
      error(Ptr, "expected " + What + ", found " + typeName(V));
    return Ok;
  }

  void readString(const json &V, llvm::StringRef Ptr, std::string &Out) {
    if (expect(V, Ptr, json::value_t::string, "a string"))
      Out = V.get<std::string>();
  }

  void readStrings(const json &V, llvm::StringRef Ptr,
                   std::vector<std::string> &Out) {
    if (!expect(V, Ptr, json::value_t::array, "an array of strings"))
      return;
    for (size_t I = 0; I < V.size(); ++I) {
      std::string Item;
      std::string ItemPtr = Ptr.str() + "/" + std::to_string(I);
      readString(V[I], ItemPtr, Item);
      if (!Item.empty())
        Out.push_back(Item);
      else if (V[I].is_string())
        error(ItemPtr, "empty string");
    }
  }

  /// File-name or path globs (`*`, `?`, `[...]`), checked here so a bad
  /// one is reported at its place rather than ignored when matched.
  void readGlobs(const json &V, llvm::StringRef Ptr,
                 std::vector<std::string> &Out) {
    size_t Before = Out.size();
    readStrings(V, Ptr, Out);
    for (size_t I = Before; I < Out.size(); ++I)
      if (auto Glob = llvm::GlobPattern::create(Out[I]); !Glob) {
        error(Ptr.str() + "/" + std::to_string(I - Before),
              "invalid glob '" + Out[I] +
                  "': " + llvm::toString(Glob.takeError()));
      }
  }

  void readApis(const json &V, llvm::StringRef Ptr) {
    if (!expect(V, Ptr, json::value_t::object,
                "an object keyed by role (create, register, expose, "
                "self_register)"))
      return;
    for (const auto &[Key, Value] : V.items()) {
      std::string Child = Ptr.str() + "/" + escapeJsonPointerToken(Key);
      auto Role = llvm::StringSwitch<std::optional<ApiRole>>(Key)
                      .Case("create", ApiRole::Create)
                      .Case("register", ApiRole::Register)
                      .Case("expose", ApiRole::Expose)
                      .Case("self_register", ApiRole::SelfRegister)
                      .Default(std::nullopt);
      if (!Role) {
        unknownKey(Child, Key, "create, register, expose, self_register");
        continue;
      }
      readApiList(Value, Child, *Role);
    }
  }

  void readApiList(const json &V, llvm::StringRef Ptr, ApiRole Role) {
    readApiList(V, Ptr, Role, Pack.Apis);
  }

  void readApiList(const json &V, llvm::StringRef Ptr, ApiRole Role,
                   std::vector<ApiPattern> &Out) {
    if (!expect(V, Ptr, json::value_t::array,
                "an array of qualified names or {\"name\": ...} objects"))
      return;
    for (size_t I = 0; I < V.size(); ++I) {
      std::string ItemPtr = Ptr.str() + "/" + std::to_string(I);
      ApiPattern Api;
      Api.Role = Role;
      Api.Pack = Pack.Name;
      const json &Item = V[I];
      if (Item.is_string()) {
        Api.Name = Item.get<std::string>();
      } else if (Item.is_object()) {
        for (const auto &[Key, Value] : Item.items()) {
          std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
          if (Key == "name") {
            readString(Value, Child, Api.Name);
          } else if (Key == "min_args") {
            if (expect(Value, Child, json::value_t::number_integer,
                       "a non-negative integer") &&
                Value.get<long long>() >= 0)
              Api.MinArgs = Value.get<unsigned>();
            else if (Value.is_number_integer())
              error(Child, "expected a non-negative integer");
          } else if (Key == "note") {
            std::string Ignored;
            readString(Value, Child, Ignored);
          } else if (Key == "disabled_by") {
            readFieldSwitch(Value, Child, Api);
          } else if (Key == "subject") {
            readString(Value, Child, Api.Subject);
          } else if (Key == "string_args") {
            readArgIndices(Value, Child, Api.StringArgs);
          } else {
            unknownKey(Child, Key, "name, min_args, string_args, note, "
                                   "disabled_by, subject");
          }
        }
        if (!Item.contains("name"))
          error(ItemPtr, "missing required key 'name'");
      } else {
        error(ItemPtr, llvm::Twine("expected a qualified name or an object, "
                                   "found ") +
                           typeName(Item));
        continue;
      }
      if (Api.Name.empty())
        continue;
      if (!checkQualifiedName(Api.Name, ItemPtr))
        continue;
      Out.push_back(std::move(Api));
    }
  }

  /// A list of argument indices from 0 to 63.
  void readArgIndices(const json &V, llvm::StringRef Ptr,
                      std::vector<unsigned> &Out) {
    if (!expect(V, Ptr, json::value_t::array,
                "an array of argument indices"))
      return;
    for (size_t I = 0; I < V.size(); ++I)
      Out.push_back(static_cast<unsigned>(
          readArgIndex(V[I], Ptr.str() + "/" + std::to_string(I), false)));
  }

  /// {"arg": 1, "field": "has_builtin_services", "value": false}
  void readFieldSwitch(const json &V, llvm::StringRef Ptr, ApiPattern &Api) {
    if (!expect(V, Ptr, json::value_t::object,
                "an object with keys arg, field, value"))
      return;
    ApiPattern::FieldSwitch Switch;
    for (const auto &[Key, Value] : V.items()) {
      std::string Child = Ptr.str() + "/" + escapeJsonPointerToken(Key);
      if (Key == "arg") {
        if (Value.is_number_integer() && Value.get<long long>() >= 0 &&
            Value.get<long long>() < 64)
          Switch.Arg = Value.get<unsigned>();
        else
          error(Child, "expected an argument index from 0 to 63");
      } else if (Key == "field") {
        readString(Value, Child, Switch.Field);
      } else if (Key == "value") {
        if (expect(Value, Child, json::value_t::boolean, "true or false"))
          Switch.Value = Value.get<bool>();
      } else {
        unknownKey(Child, Key, "arg, field, value");
      }
    }
    if (Switch.Field.empty())
      error(Ptr, "missing required key 'field'");
    else
      Api.DisabledBy = std::move(Switch);
  }

  bool checkQualifiedName(llvm::StringRef Name, llvm::StringRef Ptr) {
    llvm::StringRef Body = Name;
    Body.consume_front("::");
    bool Ok = !Body.empty() && llvm::all_of(Body, [](char C) {
      return llvm::isAlnum(C) || C == '_' || C == ':' || C == '*' || C == '~';
    });
    if (!Ok)
      error(Ptr, "'" + Name +
                     "' is not a qualified C++ name (letters, digits, '_', "
                     "'::' and '*' wildcards)");
    return Ok;
  }

  void readEnvSources(const json &V, llvm::StringRef Ptr) {
    if (!expect(V, Ptr, json::value_t::array, "an array"))
      return;
    for (size_t I = 0; I < V.size(); ++I) {
      std::string ItemPtr = Ptr.str() + "/" + std::to_string(I);
      EnvSourcePattern Source;
      const json &Item = V[I];
      if (Item.is_string()) {
        Source.Name = Item.get<std::string>();
      } else if (Item.is_object()) {
        for (const auto &[Key, Value] : Item.items()) {
          std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
          if (Key == "name")
            readString(Value, Child, Source.Name);
          else if (Key == "kind")
            readString(Value, Child, Source.Kind);
          else if (Key == "name_arg" || Key == "out_arg") {
            if (expect(Value, Child, json::value_t::number_integer,
                       "an integer argument index (-1 for none)"))
              (Key == "name_arg" ? Source.NameArg : Source.OutArg) =
                  Value.get<int>();
          } else
            unknownKey(Child, Key, "name, kind, name_arg, out_arg");
        }
        if (!Item.contains("name"))
          error(ItemPtr, "missing required key 'name'");
      } else {
        error(ItemPtr, llvm::Twine("expected a function name or an object, "
                                   "found ") +
                           typeName(Item));
        continue;
      }
      if (!Source.Name.empty() && checkQualifiedName(Source.Name, ItemPtr))
        Pack.EnvSources.push_back(std::move(Source));
    }
  }

  void readNames(const json &V, llvm::StringRef Ptr,
                 std::vector<std::string> &Out) {
    size_t Before = Out.size();
    readStrings(V, Ptr, Out);
    for (size_t I = Before; I < Out.size(); ++I)
      checkQualifiedName(Out[I], Ptr.str() + "/" + std::to_string(I - Before));
  }

  void readObjectUses(const json &V, llvm::StringRef Ptr,
                      std::vector<ObjectUse> &Out) {
    if (!expect(V, Ptr, json::value_t::array,
                "an array of {\"api\": ..., \"arg\": ...} objects"))
      return;
    for (size_t I = 0; I < V.size(); ++I) {
      std::string ItemPtr = Ptr.str() + "/" + std::to_string(I);
      const json &Item = V[I];
      if (!expect(Item, ItemPtr, json::value_t::object,
                  "an object with keys api, arg, weak"))
        continue;
      ObjectUse Use;
      for (const auto &[Key, Value] : Item.items()) {
        std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
        if (Key == "api") {
          readString(Value, Child, Use.Api);
        } else if (Key == "arg") {
          if (Value.is_string() && Value.get<std::string>() == "this")
            Use.Arg = -1;
          else if (Value.is_number_integer() && Value.get<long long>() >= 0)
            Use.Arg = Value.get<int>();
          else
            error(Child, "expected an argument index or \"this\"");
        } else if (Key == "weak") {
          if (expect(Value, Child, json::value_t::boolean, "true or false"))
            Use.Weak = Value.get<bool>();
        } else {
          unknownKey(Child, Key, "api, arg, weak");
        }
      }
      if (Use.Api.empty())
        error(ItemPtr, "missing required key 'api'");
      else if (checkQualifiedName(Use.Api, ItemPtr + "/api"))
        Out.push_back(std::move(Use));
    }
  }

  void readObjects(const json &V, llvm::StringRef Ptr) {
    forEachObject(
        V, Ptr, "an array of objects", "an object",
        [&](const json &Item, const std::string &ItemPtr, size_t) {
          ObjectPattern O;
          O.Pack = Pack.Name;
          for (const auto &[Key, Value] : Item.items()) {
            std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
            if (Key == "kind")
              readString(Value, Child, O.Kind);
            else if (Key == "types")
              readNames(Value, Child, O.Types);
            else if (Key == "created_by")
              readNames(Value, Child, O.CreatedBy);
            else if (Key == "created_filled_by")
              readApiList(Value, Child, ApiRole::Create, O.CreatedFilledBy);
            else if (Key == "held_as")
              readNames(Value, Child, O.HeldAs);
            else if (Key == "filled_by")
              readObjectUses(Value, Child, O.FilledBy);
            else if (Key == "exported_by")
              readObjectUses(Value, Child, O.ExportedBy);
            else if (Key == "must_export") {
              std::string Rule;
              readString(Value, Child, Rule);
              if (Rule == "always")
                O.MustExport = ObjectPattern::ExportRule::Always;
              else if (Rule == "when_filled")
                O.MustExport = ObjectPattern::ExportRule::WhenFilled;
              else if (Rule == "never")
                O.MustExport = ObjectPattern::ExportRule::Never;
              else if (Value.is_string())
                error(Child,
                      "expected \"always\", \"when_filled\" or \"never\"");
            } else if (Key == "must_fill" || Key == "must_outlive_setup") {
              if (expect(Value, Child, json::value_t::boolean, "true or false"))
                (Key == "must_fill" ? O.MustFill : O.MustOutliveSetUp) =
                    Value.get<bool>();
            } else if (Key == "note") {
              std::string Ignored;
              readString(Value, Child, Ignored);
            } else {
              unknownKey(Child, Key,
                         "kind, types, created_by, created_filled_by, held_as, "
                         "filled_by, exported_by, "
                         "must_export, must_fill, must_outlive_setup, note");
            }
          }
          if (O.Kind.empty())
            error(ItemPtr,
                  "missing required key 'kind' (what messages call it)");
          else if (O.Types.empty() && O.CreatedBy.empty() &&
                   O.CreatedFilledBy.empty())
            error(ItemPtr, "an object needs 'types' or 'created_by': how one "
                           "comes to exist");
          else
            Pack.Objects.push_back(std::move(O));
        });
  }

  void readRequirements(const json &V, llvm::StringRef Ptr) {
    forEachObject(
        V, Ptr, "an array of objects",
        "an object with keys when, requires, message",
        [&](const json &Item, const std::string &ItemPtr, size_t I) {
          ProgramRequirement R;
          R.Pack = Pack.Name;
          R.Id = Pack.Name + "#" + std::to_string(I);
          for (const auto &[Key, Value] : Item.items()) {
            std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
            if (Key == "when")
              readApiList(Value, Child, ApiRole::Register, R.When);
            else if (Key == "requires")
              readNames(Value, Child, R.Requires);
            else if (Key == "message")
              readString(Value, Child, R.Message);
            else if (Key == "met_in_some_environments")
              readPartialMeet(Value, Child, R);
            else
              unknownKey(Child, Key,
                         "when, requires, message, met_in_some_environments");
          }
          if (R.When.empty() || R.Requires.empty() || R.Message.empty())
            error(ItemPtr,
                  "a requirement needs 'when', 'requires' and 'message'");
          else
            Pack.Requirements.push_back(std::move(R));
        });
  }

  /// {"by": [names], "when": "what the environment provides"}.
  void readPartialMeet(const json &V, llvm::StringRef Ptr,
                       ProgramRequirement &R) {
    if (!V.is_object()) {
      error(Ptr, "an object with keys by, when");
      return;
    }
    for (const auto &[Key, Value] : V.items()) {
      std::string Child = Ptr.str() + "/" + escapeJsonPointerToken(Key);
      if (Key == "by")
        readNames(Value, Child, R.MetInSomeEnvironmentsBy);
      else if (Key == "when")
        readString(Value, Child, R.MetWhen);
      else
        unknownKey(Child, Key, "by, when");
    }
    if (R.MetInSomeEnvironmentsBy.empty() || R.MetWhen.empty())
      error(Ptr, "met_in_some_environments needs 'by' and 'when'");
  }

  /// A metric field: an argument index (negative from the end), "this",
  /// or {"chain": "Method"}.
  MetricField readMetricField(const json &V, llvm::StringRef Ptr) {
    MetricField F;
    if (V.is_number_integer()) {
      int64_t Arg = V.get<int64_t>();
      if (Arg < -64 || Arg > 64) {
        error(Ptr, "an argument index between -64 and 64");
        return F;
      }
      F.From = MetricField::Argument;
      F.Arg = static_cast<int>(Arg);
    } else if (V.is_string() && V.get<std::string>() == "this") {
      F.From = MetricField::Object;
    } else if (V.is_object() && V.size() == 1 && V.contains("chain") &&
               V["chain"].is_string() &&
               !V["chain"].get<std::string>().empty()) {
      F.From = MetricField::Chain;
      F.Method = V["chain"].get<std::string>();
    } else if (V.is_object() && V.size() == 1 && V.contains("field") &&
               V["field"].is_string() &&
               !V["field"].get<std::string>().empty()) {
      F.From = MetricField::Field;
      F.Method = V["field"].get<std::string>();
    } else {
      error(Ptr, llvm::Twine("expected an argument index, \"this\", "
                             "{\"chain\": \"Method\"} or {\"field\": "
                             "\"member\"}, found ") +
                     typeName(V));
    }
    return F;
  }

  void readMetrics(const json &V, llvm::StringRef Ptr) {
    forEachObject(
        V, Ptr, "an array of objects",
        "an object with keys api, kind, name, ...",
        [&](const json &Item, const std::string &ItemPtr, size_t) {
          MetricDefinition M;
          M.Pack = Pack.Name;
          for (const auto &[Key, Value] : Item.items()) {
            std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
            if (Key == "api")
              readString(Value, Child, M.Api);
            else if (Key == "type")
              readString(Value, Child, M.Type);
            else if (Key == "kind" && Value.is_object())
              M.KindFrom = readMetricField(Value, Child);
            else if (Key == "kind")
              readString(Value, Child, M.Kind);
            else if (Key == "name")
              M.Name = readMetricField(Value, Child);
            else if (Key == "help")
              M.Help = readMetricField(Value, Child);
            else if (Key == "unit")
              M.Unit = readMetricField(Value, Child);
            else if (Key == "lands_in")
              M.LandsIn = readMetricField(Value, Child);
            else if (Key == "prefix")
              M.Prefix = readMetricField(Value, Child);
            else if (Key == "labels") {
              readString(Value, Child, M.LabelsMethod);
            } else if (Key == "label_names") {
              M.LabelNames = readMetricField(Value, Child);
            } else if (Key == "prometheus_type") {
              readChoice(Value, Child, M.PrometheusType,
                         {"counter", "gauge", "histogram", "summary", "info",
                          "untyped"});
            } else if (Key == "exposed_as") {
              readChoice(Value, Child, M.ExposedAs,
                         {"as_is", "underscored", "sanitized"});
            } else if (Key == "counter_total") {
              readChoice(Value, Child, M.CounterTotal,
                         {"name", "added", "unknown"});
            } else if (Key == "lint_suffixes") {
              if (expect(Value, Child, json::value_t::boolean, "true or false"))
                M.LintSuffixes = Value.get<bool>();
            } else if (Key == "samples") {
              readSamples(Value, Child, M.Samples);
            } else if (Key == "unit_suffix") {
              readString(Value, Child, M.UnitSuffixName);
              if (!M.UnitSuffixName.empty())
                UnitSuffixUses.emplace_back(Pack.Metrics.size(), Child);
            } else if (Key == "exposed_prefix") {
              readString(Value, Child, M.ExposedPrefix);
            } else if (Key == "series") {
              readStrings(Value, Child, M.Series);
            } else if (Key == "name_drops_suffixes") {
              readStrings(Value, Child, M.NameDropsSuffixes);
            } else if (Key == "string_args") {
              readArgIndices(Value, Child, M.StringArgs);
            } else if (Key == "min_args") {
              if (expect(Value, Child, json::value_t::number_integer,
                         "a non-negative integer") &&
                  Value.get<long long>() >= 0 && Value.get<long long>() < 64)
                M.MinArgs = Value.get<unsigned>();
              else if (Value.is_number_integer())
                error(Child, "expected an integer from 0 to 63");
            } else if (Key == "note") {
              std::string Ignored;
              readString(Value, Child, Ignored);
            } else {
              unknownKey(Child, Key,
                         "api, type, kind, name, prefix, help, unit, "
                         "lands_in, "
                         "labels, label_names, prometheus_type, exposed_as, "
                         "counter_total, lint_suffixes, unit_suffix, "
                         "exposed_prefix, samples, series, "
                         "name_drops_suffixes, min_args, string_args, note");
            }
          }
          auto Drop = [&] {
            if (!UnitSuffixUses.empty() &&
                UnitSuffixUses.back().first == Pack.Metrics.size())
              UnitSuffixUses.pop_back();
          };
          if (Item.contains("api") == Item.contains("type") ||
              !Item.contains("name")) {
            error(ItemPtr,
                  "a metric definition needs 'name' and one of 'api', 'type'");
            return Drop();
          }
          if (!M.Type.empty() && !readsFieldsOnly(M)) {
            error(ItemPtr, "a definition by 'type' reads {\"field\": ...} "
                           "fields only");
            return Drop();
          }
          const std::string &Name = M.Api.empty() ? M.Type : M.Api;
          if (!Name.empty() && M.Name.From != MetricField::None &&
              checkQualifiedName(Name, ItemPtr +
                                           (M.Api.empty() ? "/type" : "/api")))
            Pack.Metrics.push_back(std::move(M));
          else
            Drop();
        });
  }

  /// {"name": {"units": {...}, "per_units": {...}, "type_units": {...}}}.
  void readUnitSuffixes(const json &V, llvm::StringRef Ptr) {
    if (!expect(V, Ptr, json::value_t::object,
                "an object of named unit suffix conventions"))
      return;
    for (const auto &[Name, Item] : V.items()) {
      std::string ItemPtr = Ptr.str() + "/" + escapeJsonPointerToken(Name);
      if (!expect(Item, ItemPtr, json::value_t::object,
                  "an object with keys units, per_units, type_units"))
        continue;
      UnitSuffix U;
      for (const auto &[Key, Value] : Item.items()) {
        std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
        if (Key == "units")
          readWordTable(Value, Child, U.Units);
        else if (Key == "per_units")
          readWordTable(Value, Child, U.PerUnits);
        else if (Key == "type_units" &&
                 expect(Value, Child, json::value_t::object,
                        "an object of unit tables by Prometheus type"))
          for (const auto &[Type, Table] : Value.items()) {
            U.TypeUnits.emplace_back(Type, UnitSuffix::Table());
            readWordTable(Table, Child + "/" + escapeJsonPointerToken(Type),
                          U.TypeUnits.back().second);
          }
        else if (Key != "type_units" && Key != "note")
          unknownKey(Child, Key, "units, per_units, type_units, note");
      }
      Pack.UnitSuffixTables.emplace_back(Name, std::move(U));
    }
  }

  /// {"ms": "milliseconds", "1": ""}: words may be empty.
  void readWordTable(const json &V, llvm::StringRef Ptr,
                     UnitSuffix::Table &Out) {
    if (!expect(V, Ptr, json::value_t::object, "an object of strings"))
      return;
    for (const auto &[Key, Value] : V.items()) {
      std::string Word;
      readString(Value, Ptr.str() + "/" + escapeJsonPointerToken(Key), Word);
      Out.emplace_back(Key, Word);
    }
  }

  /// Gives each definition the unit suffix convention it names, once the
  /// whole pack is read (keys come in any order).
  void resolveUnitSuffixes() {
    for (const auto &[Index, Ptr] : UnitSuffixUses) {
      MetricDefinition &M = Pack.Metrics[Index];
      auto It = llvm::find_if(Pack.UnitSuffixTables, [&](const auto &T) {
        return T.first == M.UnitSuffixName;
      });
      if (It == Pack.UnitSuffixTables.end())
        error(Ptr, "unknown unit suffix convention '" + M.UnitSuffixName +
                       "' (not in this pack's unit_suffixes)");
      else
        M.UnitSuffixes = It->second;
    }
  }

  /// Whether every field of \p M is read from a data member (or absent):
  /// an object built by hand has no call arguments nor chain.
  static bool readsFieldsOnly(const MetricDefinition &M) {
    return llvm::all_of(
        std::initializer_list<const MetricField *>{
            &M.Name, &M.Help, &M.Unit, &M.LandsIn, &M.Prefix, &M.LabelNames,
            &M.KindFrom},
        [](const MetricField *F) {
          return F->From == MetricField::None ||
                 F->From == MetricField::Field;
        });
  }

  /// A string that must be one of \p Choices.
  void readChoice(const json &V, llvm::StringRef Ptr, std::string &Out,
                  std::initializer_list<llvm::StringRef> Choices) {
    std::string Text;
    readString(V, Ptr, Text);
    if (!V.is_string())
      return;
    if (llvm::is_contained(Choices, Text)) {
      Out = Text;
      return;
    }
    std::string Known;
    for (llvm::StringRef C : Choices)
      Known += (Known.empty() ? "" : ", ") + C.str();
    error(Ptr, "expected one of " + Known + ", found '" + Text + "'");
  }

  /// An argument index, or "this" (-1) where \p AllowThis.
  int readArgIndex(const json &V, llvm::StringRef Ptr, bool AllowThis) {
    if (AllowThis && V.is_string() && V.get<std::string>() == "this")
      return -1;
    if (V.is_number_integer() && V.get<int64_t>() >= 0 &&
        V.get<int64_t>() < 64)
      return static_cast<int>(V.get<int64_t>());
    error(Ptr, AllowThis ? "expected an argument index or \"this\""
                         : "expected an argument index from 0 to 63");
    return 0;
  }

  void readSamples(const json &V, llvm::StringRef Ptr,
                   std::vector<MetricDefinition::Sample> &Out) {
    forEachObject(
        V, Ptr, "an array of objects", "an object with keys api, labels",
        [&](const json &Item, const std::string &ItemPtr, size_t) {
          MetricDefinition::Sample S;
          for (const auto &[Key, Value] : Item.items()) {
            std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
            if (Key == "api")
              readString(Value, Child, S.Api);
            else if (Key == "labels")
              S.Labels = readMetricField(Value, Child);
            else if (Key == "values")
              S.Values = readMetricField(Value, Child);
            else
              unknownKey(Child, Key, "api, labels, values");
          }
          if (S.Api.empty() || (S.Labels.From == MetricField::None &&
                                S.Values.From == MetricField::None))
            error(ItemPtr, "a sample needs 'api' and 'labels' or 'values'");
          else if (checkQualifiedName(S.Api, ItemPtr + "/api"))
            Out.push_back(std::move(S));
        });
  }

  void readMetricGroups(const json &V, llvm::StringRef Ptr) {
    forEachObject(
        V, Ptr, "an array of objects", "an object with keys api, name",
        [&](const json &Item, const std::string &ItemPtr, size_t) {
          MetricGroup G;
          for (const auto &[Key, Value] : Item.items()) {
            std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
            if (Key == "api")
              readString(Value, Child, G.Api);
            else if (Key == "name")
              G.NameArg = readArgIndex(Value, Child, false);
            else if (Key != "note")
              unknownKey(Child, Key, "api, name, note");
          }
          if (G.Api.empty())
            error(ItemPtr, "a metric group needs 'api'");
          else if (checkQualifiedName(G.Api, ItemPtr + "/api"))
            Pack.MetricGroups.push_back(std::move(G));
        });
  }

  void readLabelMakers(const json &V, llvm::StringRef Ptr) {
    forEachObject(
        V, Ptr, "an array of objects", "an object with keys api, name, value",
        [&](const json &Item, const std::string &ItemPtr, size_t) {
          LabelMaker L;
          for (const auto &[Key, Value] : Item.items()) {
            std::string Child = ItemPtr + "/" + escapeJsonPointerToken(Key);
            if (Key == "api")
              readString(Value, Child, L.Api);
            else if (Key == "name")
              L.NameArg = readArgIndex(Value, Child, true);
            else if (Key == "value")
              L.ValueArg = readArgIndex(Value, Child, false);
            else if (Key != "note")
              unknownKey(Child, Key, "api, name, value, note");
          }
          if (L.Api.empty())
            error(ItemPtr, "a label maker needs 'api'");
          else if (checkQualifiedName(L.Api, ItemPtr + "/api"))
            Pack.LabelMakers.push_back(std::move(L));
        });
  }

  /// {"key": ["a", "b"], ...}.
  void readStringMap(
      const json &V, llvm::StringRef Ptr,
      std::vector<std::pair<std::string, std::vector<std::string>>> &Out) {
    if (!expect(V, Ptr, json::value_t::object,
                "an object of arrays of strings"))
      return;
    for (const auto &[Key, Value] : V.items()) {
      std::vector<std::string> Items;
      readStrings(Value, Ptr.str() + "/" + escapeJsonPointerToken(Key), Items);
      Out.emplace_back(Key, std::move(Items));
    }
  }

  void readNaming(const json &V, llvm::StringRef Ptr) {
    if (!expect(V, Ptr, json::value_t::object, "an object"))
      return;
    MetricNaming &N = Pack.Naming;
    for (const auto &[Key, Value] : V.items()) {
      std::string Child = Ptr.str() + "/" + escapeJsonPointerToken(Key);
      if (Key == "non_base_units" || Key == "measured_words") {
        if (!expect(Value, Child, json::value_t::object,
                    "an object of words and their base units"))
          continue;
        for (const auto &[Word, Base] : Value.items()) {
          std::string BaseUnit;
          readString(Base, Child + "/" + escapeJsonPointerToken(Word),
                     BaseUnit);
          (Key == "measured_words" ? N.MeasuredWords : N.NonBaseUnits)
              .emplace_back(Word, BaseUnit);
        }
      } else if (Key == "type_suffixes") {
        readStringMap(Value, Child, N.TypeSuffixes);
      } else if (Key == "generated_suffixes") {
        readStringMap(Value, Child, N.GeneratedSuffixes);
      } else if (Key == "reserved_label_prefixes") {
        readStrings(Value, Child, N.ReservedLabelPrefixes);
      } else if (Key == "reserved_labels") {
        readStringMap(Value, Child, N.ReservedLabels);
      } else if (Key == "unbounded_label_words") {
        readStrings(Value, Child, N.UnboundedLabelWords);
      } else if (Key == "request_types") {
        readNames(Value, Child, N.RequestTypes);
      } else if (Key == "bounded_request_members") {
        readStrings(Value, Child, N.BoundedRequestMembers);
      } else if (Key != "note") {
        unknownKey(Child, Key,
                   "non_base_units, measured_words, type_suffixes, "
                   "generated_suffixes, "
                   "reserved_label_prefixes, reserved_labels, "
                   "unbounded_label_words, request_types, "
                   "bounded_request_members, note");
      }
    }
  }

  llvm::Expected<RulePack> finish() {
    if (!Errors.empty()) {
      if (Errors.back() == '\n')
        Errors.pop_back();
      return llvm::createStringError(llvm::inconvertibleErrorCode(), Errors);
    }
    return std::move(Pack);
  }

  llvm::StringRef Path;
  JsonPositions Positions;
  RulePack Pack;
  std::string Errors;
  /// Definitions (by index in Pack.Metrics) naming a `unit_suffix`, with
  /// where they name it.
  std::vector<std::pair<size_t, std::string>> UnitSuffixUses;
};

/// nlohmann reports syntax errors by byte offset; turn that into line:col.
TextPosition positionOfByte(llvm::StringRef Text, size_t Byte) {
  TextPosition P;
  for (size_t I = 0; I < Byte && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++P.Line;
      P.Column = 1;
    } else {
      ++P.Column;
    }
  }
  return P;
}

} // namespace

llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef Path) {
  json Root;
  try {
    // Bounded: a hostile pack must not exhaust the stack (JsonSafety.h).
    Root = parseJsonBounded(Text);
  } catch (const json::parse_error &E) {
    // E.byte is one past the offending character.
    TextPosition P = positionOfByte(Text, E.byte ? E.byte - 1 : 0);
    std::string What = E.what();
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line
    // 1, column 2: " prefix: we give the position ourselves.
    size_t Colon = What.find(": ");
    if (Colon != std::string::npos)
      What = What.substr(Colon + 2);
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        llvm::formatv("{0}:{1}:{2}: error: invalid JSON: {3}", Path, P.Line,
                      P.Column, What)
            .str());
  }
  return PackReader(Text, Path).read(Root);
}

} // namespace metrics_init_check
