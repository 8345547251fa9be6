# lit configuration for metrics-init-check. Every rule has a folder named by
# its id; cli/ holds front-end behaviour (exit codes, bad input, formats).
import os
import lit.formats

config.name = "metrics-init-check"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.mic_obj_root, "test")

src = config.mic_src_root
config.environment["PATH"] = os.pathsep.join(
    [config.mic_bin_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# Tests must not pick up a stray .clang-tidy or a user's configuration.
config.environment["HOME"] = "/nonexistent"

mic = os.path.join(config.mic_bin_dir, "metrics-init-check")
config.substitutions.append(("%mic", mic))
config.substitutions.append(("%clangxx", config.clangxx))
# The headers of libraries Debian does not package (opentelemetry-cpp, brpc,
# bvar, seastar) are the declaration-only headers the tool ships for scans
# (rules/headers/, tested against real headers in test/headers/): one set.
# Only those libraries are put on the tests' -I path, so prometheus-cpp and
# gflags still come from the real Debian headers.
mock_include = os.path.join(config.test_exec_root, "mock-include")
os.makedirs(mock_include, exist_ok=True)
for lib in ("opentelemetry", "bvar", "brpc", "seastar"):
    link = os.path.join(mock_include, lib)
    if os.path.lexists(link):
        os.remove(link)
    os.symlink(os.path.join(src, "rules", "headers", lib), link)
config.substitutions.append(("%mock_include", mock_include))
config.substitutions.append(("%validate-sarif", os.path.join(src, "scripts", "validate-sarif")))
config.substitutions.append(("%python", config.python))
config.substitutions.append((
    "%check_rule",
    "%s %s --mic %s --clangxx %s --filecheck %s --validate-sarif %s --include %s" % (
        config.python, os.path.join(src, "test", "check_rule.py"), mic, config.clangxx,
        config.filecheck, os.path.join(src, "scripts", "validate-sarif"),
        mock_include)))
# Validates, in one SARIF multitool run, the SARIF of every %check_rule run
# of a folder (each rule folder's sarif.test).
config.substitutions.append((
    "%{folder_sarif}",
    "%s %s --mic %s --clangxx %s --filecheck %s --validate-sarif %s --include %s" % (
        config.python, os.path.join(src, "test", "folder_sarif.py"), mic, config.clangxx,
        config.filecheck, os.path.join(src, "scripts", "validate-sarif"),
        mock_include)))
# The plugin this build made, or in a sanitizer build (no plugin of its own)
# the one CMake's MIC_TIDY_PLUGIN names.
plugin = getattr(config, "mic_tidy_plugin", "") or os.path.join(
    config.mic_obj_root, "lib", "libMetricsInitCheckTidy.so")
# The same driver through the real clang-tidy with the plugin loaded.
config.substitutions.append((
    "%{check_rule_tidy}",
    "%s %s --mic %s --clangxx %s --filecheck %s --validate-sarif %s --include %s "
    "--front-end tidy --clang-tidy %s --plugin %s" % (
        config.python, os.path.join(src, "test", "check_rule.py"), mic, config.clangxx,
        config.filecheck, os.path.join(src, "scripts", "validate-sarif"),
        mock_include, config.clang_tidy,
        plugin)))

config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%clang_tidy_plugin", "%s --load=%s" % (config.clang_tidy, plugin)))
if config.clang_tidy and os.path.exists(plugin):
    config.available_features.add("clang-tidy-plugin")
import shutil
import subprocess
# test/cli/deb-package.test builds and unpacks the Debian package: only of
# a build that made its own plugin (not a sanitizer build).
if (shutil.which("cpack") and shutil.which("dpkg-deb") and shutil.which("dpkg-shlibdeps")
        and not getattr(config, "mic_tidy_plugin", "")):
    config.available_features.add("dpkg")
if shutil.which("clang-tidy-14"):
    config.available_features.add("clang-tidy-14")
config.substitutions.append(("%{src_root}", src))
config.substitutions.append(("%{obj_root}", config.mic_obj_root))
# test/ci/action.test reads action.yml with PyYAML: the build's Python if it
# has it, else Debian's (scripts/setup installs python3-yaml).
for python in (config.python, "/usr/bin/python3"):
    if os.path.exists(python) or shutil.which(python):
        if subprocess.run([python, "-c", "import yaml"], capture_output=True).returncode == 0:
            config.available_features.add("pyyaml")
            config.substitutions.append(("%{python_yaml}", python))
            break
config.substitutions.append(("%{clang_tidy}", config.clang_tidy))
