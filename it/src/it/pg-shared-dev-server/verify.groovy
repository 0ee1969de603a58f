def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
def home = new File(basedir, '../../it-cache/schemamigrate/dev-postgres').canonicalFile
expect("Dev database: the shared embedded PostgreSQL in ${home}, started (stays up 10 min 0 s after the last use")
expect('_create_books.up.sql')
expect("Dev database: the shared embedded PostgreSQL in ${home}, already running")
expect("Stopped the shared dev server in ${home}.")
expect("No shared dev server was running (${home}).")
expect('Dev database: a temporary embedded PostgreSQL')
assert !new File(home, 'lease.properties').exists() : 'stop-dev removes the lease'
return true
