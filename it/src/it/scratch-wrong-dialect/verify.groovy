def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
expect('Dev database: ')   // the shared server, or a temporary one where CI=true
expect('embedded MariaDB')
expect('Replaying the migration directory on a scratch database of the dev server failed')
expect('20261201100000_books.up.sql')
expect('no database of yours was changed, and no history needs repair.')
expect('20261201100000_books.up.sql says it was proven on PostgreSQL 17.2, but the dev database is MariaDB: is migration.dialect right?')
assert !log.toLowerCase().contains('force') : 'a scratch failure must never advise force'
return true
