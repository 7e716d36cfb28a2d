"""lit test format of test/slurm (a module, so lit's worker processes can
unpickle it): a ShTest whose failure to start Slurm's daemons - an
environment that cannot run them, not a migcc failure - is UNSUPPORTED,
with the reason the test printed."""
import lit.formats
import lit.Test

MARK = "slurm-test: cannot start Slurm:"


class SlurmShTest(lit.formats.ShTest):
    def execute(self, test, lit_config):
        result = super().execute(test, lit_config)
        output = result.output or ""
        if result.code == lit.Test.FAIL and MARK in output:
            line = next(l for l in output.splitlines() if MARK in l)
            lit_config.note("%s: UNSUPPORTED: %s" % (test.getFullName(), line))
            return lit.Test.Result(lit.Test.UNSUPPORTED, line + "\n\n" + output)
        return result
