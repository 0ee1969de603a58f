// Checks the log of all invocations, in order, and the files they wrote.
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

// 1 help documents every parameter with its property
['migration:up', 'migration:down', 'migration:force', 'migration:status', 'migration:validate', 'migration:create',
 'migration:baseline', 'migration:version', 'migration:hash', '-Dmigration.url', 'User property: migration.serverId',
 'User property: migration.lockTimeout', 'User property: migration.dryRun', 'User property: migration.steps',
 'User property: migration.to', 'User property: migration.version', 'User property: migration.name', 'User property: migration.format',
 'User property: migration.versioning', 'User property: migration.skip',
 'User property: migration.deployment', 'User property: migration.singleTransaction', 'User property: migration.batch',
 'migration:lint', 'User property: migration.allowDestructive', 'User property: migration.failOn'].each { assert log.contains(it) : it }

// 2 create: the next sequence number with the existing width, name normalised
assert new File(basedir, 'created/0003_add_email.up.sql').isFile()
assert new File(basedir, 'created/0003_add_email.down.sql').isFile()
assert new File(basedir, 'created/migration.sum').text.contains('0003_add_email.up.sql')

// 3 dry run: SQL shown, nothing changed (4 status: all pending)
expect('no migration.url set: using the embedded sandbox database at target')
expect('Dry run, nothing was changed.')
expect('CREATE TABLE customers')
expect('3 migrations: 3 pending')

// 5, 6 up in two steps; the unique index of 2 is on a table the same run created (1): no risk to report (the
// risks of statements on tables that existed before are logged: pg-deployments, FreshDatabaseGuardTest)
expect('Applied 1 create_customers')
assert !log.contains('0002_add_email.up.sql:2 SM203')
expect('Applied 2 add_email')
expect('Applied 2 migrations; the database is now at version 2 add_email')
expect('Applied 3 create_orders')
// 7 status: one line per migration
// (with -Dstyle.color=always: Maven's colours, the state coloured)
expect('VERSION')
expectPattern('create_orders\\s+\u001B\\[1;32mapplied')
expect('3 migrations: 3 applied; current version 3 create_orders')
// 8 down without permission: refused with the statement and the fixes; 9 nothing changed
expect('Nothing was applied: a statement of the rollback would destroy data')
expect('The database is unchanged (at version 3 create_orders)')
expect('0003_create_orders.down.sql:1 SM102: drops a table and all its rows')
expect('      DROP TABLE orders')
expect('-Dmigration.allowDestructive=true (Maven)')
expect('-- migration:allow-destructive')
expect('-Dmigration.backup=true')
expect('Current version: 3 create_orders (clean)')
// 10, 11 allowed: down one step
expect('[WARNING] 0003_create_orders.down.sql:1 SM102 destructive: drops a table and all its rows (allowed by allowDestructive)')
expect('Rolled back 3 create_orders')
expect('Current version: 2 add_email (clean)')
// 12 dry run down: the refusal and the statement
expect('Dry run: this rollback would be refused. Nothing was applied')
expect('ALTER TABLE customers DROP COLUMN email')
// 13 up again
expect('Applied 3 create_orders')
// 14 JSON on standard output
def json = log.readLines().find { it.startsWith('{"current":') }
assert json != null : 'no JSON status line'
assert json.contains('"version":3,"name":"create_orders","dirty":false')
assert json.contains('"state":"applied"')
def parsed = new groovy.json.JsonSlurper().parseText(json)
assert parsed.migrations.size() == 3
// 15 bound to the validate phase in a profile
expect('migration:' )
expect('(migrate-on-release)')
expect('The migration directory and the database agree.')
expect('Nothing to apply')
// 16 down -Dto=1
expect('Rolled back 3 create_orders')
expect('Rolled back 2 add_email')
expect('the database is now at version 1 create_customers')
// 17 baseline into a second history table
expect('baseline changed the history only')
// 18 status to a file, without colour codes
def adopted = new File(basedir, 'target/adopted-status.txt').text
assert adopted.contains('baseline')
assert !adopted.contains('\u001B[')
// 19 skip
expect('Skipping: migration.skip is true.')

assert new File(basedir, 'target/migration-db/postgres/PG_VERSION').isFile()
// (Maven's own lines are not ours: the [Help 1] link of a failed goal names MojoFailureException, and the
// resolver warns with ChecksumFailureException about artifacts in the scenarios' local repository)
assert !log.readLines().findAll { !it.contains('cwiki.apache.org') && !it.contains('org.eclipse.aether') }
        .any { it.contains('Exception') } :
        'a stack trace or exception name leaked into the log'
return true
