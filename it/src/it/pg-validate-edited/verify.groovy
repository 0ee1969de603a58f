def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
expect('Applied 2 add_price')
expect('The migration directory and the database agree.')
// line endings differ only: still agrees
expect('The migration directory and the database agree.')
// edited file: the build fails with the problem and its fix
expect('BUILD FAILURE')
expect('Validation failed: 1 problem')
expect('Migration 2 add_price was edited after it was applied')
expect('Restore the file')
// status shows the state without failing
expect('2 migrations: 1 applied, 1 edited')
expect('BUILD SUCCESS')
// up refuses to run on a disagreeing directory
expect('BUILD FAILURE')
expect('Nothing was applied')
// 7, 8 the environment
expect("as postgres (from the environment variable MIGRATION_USER)")
expect('2 migrations: 2 applied')
expect("as postgres (from migration.user)")
// 9-11 repair
expect('repair changed the history only (no migration SQL ran):')
expect('recorded the checksum of 0002_add_price.up.sql for 2 add_price: the file was edited after it was applied')
expect('The migration directory and the database agree.')
expect('nothing to change: 0002_add_price.up.sql matches the checksum recorded for 2 add_price')
assert !log.contains('env-secret-not-printed')
assert !log.contains('at org.schemamigrate') : 'stack trace printed without -e'
return true
