// Checks the log of all invocations, in order.
def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}

// 1 the typo names the real property; nothing ran (no sandbox started)
expect('BUILD FAILURE')
expect('Unknown property -Dmigration.dryrun')
expect('Did you mean migration.dryRun?')
// 2 a misspelled configuration key
expect('BUILD FAILURE')
expect('Unknown property <alowDestructive>')
expect('Did you mean allowDestructive?')
// 3, 4 one migration each: the typo of 1 applied nothing
expect('Applied 1 create_customers')
expect('Applied 2 create_orders')
expect('Current version: 2 create_orders (clean)')
// 6 an execution's key that status does not read
expect('BUILD FAILURE')
expect('sets <allowDestructive>, which migration:status does not read (another goal reads it)')
assert !log.substring(0, log.indexOf('Unknown property <alowDestructive>')).contains('using the embedded sandbox')
return true
