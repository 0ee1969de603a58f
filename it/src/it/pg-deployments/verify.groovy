// Checks the log of all invocations, in order, and the JSON status written after the rollback.
def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
def expectPattern = { String regex ->
    def m = log =~ regex
    assert m.find(at) : "expected after offset ${at} in build.log: /${regex}/"
    at = m.end()
}

// 1, 2 two labelled releases
expect('Applied 2 migrations; the database is now at version 2 add_email')
expect('Applied 3 create_orders')
expect('Applied 4 add_order_total')
expect('Applied 2 migrations; the database is now at version 4 add_order_total')
// 3 status: a heading per batch, then its migrations
expectPattern('-- deployment release-1 by \\S+ at [0-9-]+ [0-9:]+: success\\R\\[INFO\\] 1 +create_customers +applied.*'
        + '\\R\\[INFO\\] 2 +add_email +applied')
expectPattern('-- deployment release-2 by \\S+ at [0-9-]+ [0-9:]+: success\\R\\[INFO\\] 3 +create_orders +applied.*'
        + '\\R\\[INFO\\] 4 +add_order_total +applied')
expect('4 migrations: 4 applied')
// 4 down -Dmigration.batch=last: says which migrations before the first runs (and what their downs destroy,
// allowed by -Dmigration.allowDestructive), then exactly those, newest first
expectPattern('Rolling back the last batch, deployment release-2 \\(batch [0-9a-f-]{36}\\) by \\S+ at \\S+:'
        + ' 2 migrations, newest first: 4, 3'
        + '\\R\\[WARNING\\] 0004_add_order_total.down.sql:1 SM103 destructive: .*\\(allowed by allowDestructive\\).*'
        + '\\R\\[WARNING\\] 0004_add_order_total.down.sql:1 SM302 backward-incompatible: .*'
        + '\\R\\[WARNING\\] 0003_create_orders.down.sql:1 SM102 destructive: .*'
        + '\\R\\[INFO\\] Rolled back 4 add_order_total .*'
        + '\\R\\[INFO\\] Rolled back 3 create_orders ')
expect('Rolled back 2 migrations; the database is now at version 2 add_email (was version 4 add_order_total).')
// 5 status again: release-1 keeps its migrations, release-2's are pending
expectPattern('-- deployment release-1 by .*\\R.*create_customers +applied.*\\R.*add_email +applied.*'
        + '\\R\\[INFO\\] -- not applied yet\\R.*create_orders +pending.*\\R.*add_order_total +pending')
expect('4 migrations: 2 applied, 2 pending; current version 2 add_email')
// 6 the same in JSON: both batches, each applied migration with its batch
def status = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/after-rollback.json'))
assert status.batches*.deployment == ['release-1', 'release-2']
assert status.batches*.outcome == ['success', 'success']
assert status.batches.every { it.id && it.performedBy && it.startedAt && it.finishedAt }
def release1 = status.batches[0].id
assert status.migrations.findAll { it.state == 'applied' }*.batchId == [release1, release1]
assert status.migrations.findAll { it.state == 'pending' }*.version == [3, 4]
// 7, 8 wrong combinations and values fail before anything is rolled back
expect('Give either -Dmigration.batch=last or -Dsteps, not both')
expect("migration.batch accepts only 'last'")
expect("got 'previous'")
// 9 single transaction, third migration fails: all rolled back
expect('Failed to apply 3 index_tx_lines at statement 2 (line 3); 0 statement(s) stayed committed')
expect('none of the 3 migrations of this single-transaction run (1, 2, 3) remains')
// 10 nothing of the first two migrations remains
expect('-- deployment tx-1 by ')
expect(': failed, no migration of it is applied')
expect('3 migrations: 3 pending; current version none')
// 11 the fixed files create the same tables again: proof that none was left behind
expect('Applied 1 create_tx_invoices')
expect('Applied 3 migrations; the database is now at version 3 index_tx_lines')
// 12 a no-transaction file: refused before anything runs, with the reason and the way out
expect('0002_index_notx_items.up.sql is marked -- migration:no-transaction, so it cannot run inside the single'
        + ' transaction')

assert log.count('BUILD FAILURE') == 4
assert !log.contains('Applied 1 create_notx_items')
assert !log.contains('at org.schemamigrate') : 'stack trace printed without -e'
return true
