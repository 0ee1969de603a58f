def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
// 1 a correct directory passes, with phase lines, timings and a JSON report
expect('Starting the dev database ...')
expect('Testing 3 migrations (up, down, up again) on a scratch database: done in ')
expect('EXACT        3 nickname (up ')
expect('3 migrations tested on PostgreSQL: all passed')
expect('BUILD SUCCESS')
def json = new File(basedir, 'target/test-report.json').text
assert json.contains('"passed": true') && json.contains('"outcome": "exact"')
// 2 a down that forgets an index: named with the residual
expect('RESIDUAL     2 email_index')
expect('+ index account: CREATE INDEX account_email ON account USING btree (email)')
expect('NOT_RUN      3 nickname')
expect('migration:test failed for 2 migration(s): 2 email_index (residual)')
// 3 a column restored with another type
expect('RESIDUAL     2 widen_email')
expect('- column account: email character varying(100)')
expect('+ column account: email text')
expect('BUILD FAILURE')
// 4 a failing down: the statement's file and line
expect('FAILED       2 nickname')
expect('down failed in 0002_nickname.down.sql line 3')
expect('BUILD FAILURE')
// 5, 6 a missing down: irreversible, or a failure when downs are required
expect('IRREVERSIBLE 2 seed')
expect('BUILD SUCCESS')
expect('FAILED       2 seed')
expect('BUILD FAILURE')
// 7 a no-transaction migration (CREATE INDEX CONCURRENTLY) runs as the runner runs it
expect('EXACT        2 email_index')
expect('BUILD SUCCESS')
// 8, 9 a drop-and-recreate down: the schema is restored, only the data check catches it
expect('EXACT        2 nickname')
expect('BUILD SUCCESS')
expect('DESTRUCTIVE  2 nickname')
expect('account: 2 of 2 rows lost')
expect('BUILD FAILURE')
// 10 only the newest migration: the broken index down is older
expect('APPLIED_ONCE 2 email_index')
expect('EXACT        3 nickname')
expect('BUILD SUCCESS')
// 11 bad input fails before a server starts
expect('migration.latest must be 1 or more (got 0)')
// 12 the example application
expect('EXACT        20261123010334 add_reservations_and_fines')
expect('3 migrations tested on PostgreSQL: all passed')
expect('BUILD SUCCESS')
assert !log.contains('at org.schemamigrate') : 'stack trace printed without -e'
return true
