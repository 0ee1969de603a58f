def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
// refused before anything runs, with the engine's explanation
expect('Database: jdbc:mariadb://')
expect('BUILD FAILURE')
expect('Nothing was applied: single-transaction mode needs a database that can roll back DDL, and MariaDB commits'
        + ' each DDL statement immediately. Run without migration.singleTransaction.')
assert !log.contains('Applied ') : 'a migration ran although the run was refused'
assert !log.contains('Failed to apply') : 'a migration started although the run was refused'
assert !log.contains('at org.schemamigrate') : 'stack trace printed without -e'
return true
