// Checks the log of all invocations, in order.
def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
// 1 the dry run names the class instead of SQL
expect('-- Java migration: db.migration.V2_backfill_emails.up(Context)')
// 2 applied in version order with the SQL files: 3 needs the backfill to succeed
expect('Applied 1 create_customer')
expect('Applied 2 backfill_emails')
expect('Applied 3 email_required')
// 3 status lists it like any migration
expect('backfill_emails')
// 4 rolled back through its down(Context), then 5 applied again
expect('Rolled back 3 email_required')
expect('Rolled back 2 backfill_emails')
expect('Applied 2 backfill_emails')
expect('Applied 3 email_required')
return true
