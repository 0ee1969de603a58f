def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
expect('Applied 1 create_deployer')
expect("as deployer (from the <server> 'sandbox-deployer' of settings.xml (migration.serverId))")
expect('Applied 1 create_invoices')
expect('1 migration: 1 applied')
expect('password authentication failed for user "deployer"')
expect('BUILD FAILURE')
expect("The database password is set in two places: by migration.password and by the <server> 'sandbox-deployer'")
expect("migration.serverId is 'no-such-server' but settings.xml has no <server> with that id")
// neither the clear nor the encrypted password is ever printed
assert !log.contains('Depl0yer-s3cret')
assert !log.contains('Mi7DZWH')
return true
