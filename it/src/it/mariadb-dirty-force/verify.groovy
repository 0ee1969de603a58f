def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
// 1 the failure names the migration, the statement and its line, and what stayed committed
expect('Applied 1 create_accounts')
expect('Failed to apply 2 create_ledger at statement 2 (line 3); 1 statement(s) stayed committed')
expect('BUILD FAILURE')
expect('Migration 2 create_ledger failed at statement 2 of 2')
expect('no_such_table')
expect('now marked dirty')
// 2, 3 dirty
expect('Current version: 2 create_ledger (dirty')
expect('1 applied, 1 dirty')
// 4 up refuses on a dirty database and says how to get out
expect('BUILD FAILURE')
expect('migration:force')
// 5 force prints exactly what it changed
expect('force changed the history only')
expect('removed the record of')
expect('now: version 1 create_accounts')
// 6, 7 the fixed migration applies; the directory and database agree
expect('Applied 2 create_ledger')
expect('The migration directory and the database agree.')
assert !log.contains('at org.schemamigrate') : 'stack trace printed without -e'
return true
