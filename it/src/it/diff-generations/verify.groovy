// Checks the log of all invocations, in order, and the migration files they wrote.
def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
def files = { String dir -> new File(basedir, dir).list().findAll { it.endsWith('.sql') }.sort() }
def text = { String dir, String suffix -> new File(basedir, dir).listFiles().find { it.name.endsWith(suffix) }.text }

// PostgreSQL: three generations, each a proven pair
// the desired schema is built before the dev database starts; each phase has a line as it starts and as it ends
expect("Generating the desired schema (Hibernate's create script) ...")
expect('Hibernate: Hibernate 7.')
expect(': done in ')
expect('Desired schema: 2 JPA classes (PostgreSQL dialect, naming spring)')
expect('Starting the dev database ...')
expect('Dev database: ')   // the shared server, or a temporary one where CI=true
expect('embedded PostgreSQL')
expect('Starting the dev database: done in ')
expect('Replaying 0 migrations ...')
expect('Replaying 0 migrations: done in ')
expect('Planning: done in ')
expect('Proving up: done in ')
expect('Proving down: done in ')
expect('Writing: done in ')
expect('Proven on the dev database')
expect('Applied 1 migration; the database is now at version')
expect('The migrations produce exactly the desired schema.')
expect('Desired schema: 3 JPA classes')
expect('[may fail on existing rows]')
expect('Desired schema: 3 JPA classes')
expect('[can lose data]')
expect('SM103 destructive: drops column')
expect('Some steps can lose data')
// 7 lint by file: the drops are unreviewed, so it fails and names each
expect('as PostgreSQL: ')
expect('_create_shop.down.sql')
expect('_order_tags.up.sql')
expect('SM103 destructive (fails the lint): drops column product.price and its data')
expect('migration:lint found ')
expect('(migration.failOn) that is not reviewed, marked (fails the lint) above.')
// each finding once: the failure does not repeat it
assert log.count('SM103 destructive (fails the lint): drops column product.price') == 1
// 8 the up files only, reported without failing
expect('Linted 3 file(s) of 3 migration(s)')
expect('(migration.failOn=none: only reported).')
// 9 the newest pair as one line of JSON
def lintLine = log.readLines().find { it.startsWith('{"dialect":"postgresql"') }
assert lintLine != null : 'no JSON lint line'
def lint = new groovy.json.JsonSlurper().parseText(lintLine)
assert lint.migrations == 1 && lint.failOn == 'none' && lint.failing == 0
assert lint.files*.direction.containsAll(['up', 'down'])
assert lint.files.find { it.direction == 'up' }.findings.any { it.code == 'SM103' && it.sql.contains('price') }
// 10 up refuses the drop before anything runs; 11 allowed, the finding is logged first
expect('Nothing was applied: a statement of the migrations to apply would destroy data')
expect('SM103: drops column product.price and its data')
expect('-Dmigration.allowDestructive=true (Maven)')
expect('(allowed by allowDestructive)')
expect('Applied 1 migration; the database is now at version')
expect('The migrations produce exactly the desired schema.')
expect('Rolled back')
// 14: after the rollback, order_tags is pending and the generation-2 entities need a migration; no drift, since
// down returned the sandbox to generation 2 exactly
expect('using the embedded sandbox database at')
expect('Reading the history of ')
expect('Replaying 2 applied migrations: done in ')
int checkStart = at
expect('migration:check found 2 kinds of problem:')
expect('[diff.PENDING_MIGRATIONS] 1 migration(s) not applied to ')
expect('order_tags')
expect('[diff.MIGRATION_NEEDED] The entities need ')
assert !log.substring(checkStart, at).contains('diff.SCHEMA_DRIFT')
expect('Schema is up to date')

def pg = files('db/pg')
assert pg.size() == 6 : pg
assert pg[0].endsWith('_create_shop.down.sql') && pg[1].endsWith('_create_shop.up.sql')
assert pg.any { it.endsWith('_order_tags.up.sql') } && !pg.any { it.contains('again') }
assert new File(basedir, 'db/pg/migration.sum').isFile()
def tagsUp = text('db/pg', '_order_tags.up.sql')
assert tagsUp.contains('-- Proven on PostgreSQL')
assert tagsUp.contains('purchase_order_tags')
assert tagsUp.contains('DROP COLUMN "price"')
assert tagsUp =~ /--   line \d+: SM103 destructive: drops column \S+\.price/
assert tagsUp.contains('-- Current: the migrations in db/pg')
assert tagsUp.contains("SET LOCAL lock_timeout = '5s';")
assert text('db/pg', '_create_shop.up.sql').contains('CREATE SEQUENCE "customer_seq"')
// generated downs that drop what their up created carry the reviewed directive, so the default lint passes on them
assert text('db/pg', '_create_shop.down.sql').contains('-- migration:allow-destructive')
assert !text('db/pg', '_create_shop.up.sql').contains('-- migration:allow-destructive')
assert !log.contains('_create_shop.down.sql:') || !log.contains('_create_shop.down.sql (fails the lint)')

// MariaDB: the same generations, proven on the embedded MariaDB, applied and rolled back
expect('(MariaDB dialect, naming spring)')
expect('Dev database: ')   // the shared server, or a temporary one where CI=true
expect('embedded MariaDB')
expect('Proven on the dev database')
expect('Applied 3 migrations')
expect('Rolled back')
expect('[diff.PENDING_MIGRATIONS] 1 migration(s) not applied to ')
expect('[diff.MIGRATION_NEEDED] The entities need ')
expect('The migrations produce exactly the desired schema.')
assert files('db/mariadb').size() == 6
assert text('db/mariadb', '_create_shop.up.sql').contains('-- Proven on MariaDB')

// failures, each with a message that says what to do
expect('[diff.MIGRATION_NEEDED] The entities need ')
expect('Generate the migration with mvn migration:diff')
expect('Hibernate rejected the entity model')
expect('shop.Broken')
expect('No JPA entities in packages no.such.package (migration.packages); found entities in shop')
expect('migration.devUrl')
// 27: -q hides every phase line
assert !log.substring(at).contains('Replaying ') && !log.substring(at).contains(': done in ')
return true
