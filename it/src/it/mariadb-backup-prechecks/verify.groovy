def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
// 1 the pre-check fails before the first statement of migration 2: nothing of it ran, nothing is dirty
expect('Applied 1 create_member')
expect('BUILD FAILURE')
expect('Migration 2 require_phone failed the pre-check of statement 2 of 2')
expect('1 row of member has NULL in phone (for example the row with id=2, phone=NULL)')
expect('still at version 1 and not dirty')
// 2
expect('Current version: 1 create_member')
// 3 the drop is allowed, listed as a warning, saved first, and the log says where
expect('SM103 destructive: drops column member.phone and its data (allowed by allowDestructive)')
expect('Saved 3 rows of member.phone to ')
expect('Applied 2 drop_phone')
// 4
expect('Rolled back 2 drop_phone')
assert !log.contains('at org.schemamigrate') : 'stack trace printed without -e'

def runs = new File(basedir, 'target/migration-backups').listFiles()
assert runs != null && runs.length == 1 : 'one timestamped backup directory'
assert runs[0].name ==~ /\d{8}-\d{6}/
def csv = new File(runs[0], 'member.phone.csv').getText('UTF-8')
assert csv == '"id","phone"\r\n"1","+1 555 0100"\r\n"2",\r\n"3","it\'s ""home"", \\office"\r\n'
def restore = new File(runs[0], 'restore.sql').getText('UTF-8')
assert restore.contains("SET `phone` = 'it''s \"home\", \\\\office' WHERE `id` <=> '3';")
assert new File(runs[0], 'README.txt').text.contains('member.phone.csv: 3 rows of column member.phone with the row key (id)')
return true
