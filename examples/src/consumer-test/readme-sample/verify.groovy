// After the consumer build: it passed its test, printed the sample's output, and no logging framework complained.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer test did not pass'
assert log.contains('sample: 17D05: ') : 'the README sample printed nothing'
for (warning in ['SLF4J(W)', 'SLF4J: ', 'Log4j', 'logging provider']) {
    assert !log.contains(warning) : "the consumer build printed a logging warning: ${warning}"
}
true
