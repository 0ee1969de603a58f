def log = new File(basedir, 'build.log').text
// every run failed where it should, with -X on
assert log.contains('No JDBC driver on the classpath accepts the URL jdbc:postgres://127.0.0.1:1/db?user=app&password=***')
assert log.contains('is not a JDBC URL')
assert log.contains('Cannot connect to the database')
assert log.contains('[DEBUG]')
// no password, given any of the four ways, in any line: errors, debug output, parameters, stack traces
def leaks = ['UrlPw7Zq81x', 'PropPw7Zq81x', 'ServerPw7Zq81x', 'EnvPw7Zq81x'].findAll { log.contains(it) }
assert leaks.isEmpty() : "passwords printed: ${leaks}"
return true
