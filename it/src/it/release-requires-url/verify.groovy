def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
def third = log.indexOf('embedded:postgres asked for')
assert third > 0 : 'the third run used the sandbox'
// 1 and 2 never started the sandbox
assert !log.substring(0, third).contains('using the embedded sandbox')
expect('BUILD FAILURE')
expect('no database URL; the sandbox is only used when no URL is configured at all (migration.url is configured but empty')
expect('BUILD FAILURE')
expect('no database URL; the sandbox is only used when no URL is configured at all (migration.requireUrl is true)')
expect('Applied 1 create_customers')
return true
