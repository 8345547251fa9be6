# The GoogleTest unit tests as a nested lit suite: lit finds this suite's
# site configuration in build/test/unit when it walks build/test, and runs
# every TEST() of the binary as a test of its own, so `ninja check` and
# scripts/test count them one by one.
import os
import lit.formats

config.name = "metrics-init-check-unit"
config.test_format = lit.formats.GoogleTest(".", "Tests")
config.test_source_root = config.mic_unit_dir
config.test_exec_root = config.mic_unit_dir
# A binary that is missing would be a suite of no tests, which passes.
if not os.access(config.mic_unit_binary, os.X_OK):
    lit_config.fatal("unit test binary %s was not built" % config.mic_unit_binary)
