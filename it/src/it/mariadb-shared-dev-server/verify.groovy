def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
def home = new File(basedir, '../../it-cache/schemamigrate/dev-mariadb').canonicalFile
expect("Dev database: the shared embedded MariaDB in ${home}, started (stays up 10 min 0 s after the last use")
expect('_create_books.up.sql')
// other Maven processes: the server is still up; the second check clones the replay the first one kept
expect("Dev database: the shared embedded MariaDB in ${home}, already running")
expect('The migrations produce exactly the desired schema.')
expect("Dev database: the shared embedded MariaDB in ${home}, already running")
expect('Replaying 0 migrations (1 cloned from the replay cache)')
expect('The migrations produce exactly the desired schema.')
expect("Stopped the shared dev server in ${home}.")
expect('Dev database: a temporary embedded MariaDB')
assert !new File(home, 'lease.properties').exists() : 'stop-dev removes the lease'
return true
