def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
expect('embedded:mariadb asked for: using the embedded MariaDB sandbox at target')
expect('Applied 1 create_authors')
expect('Applied 2 create_books')
expect('Applied 3 count_books_procedure')
expect('3 migrations: 3 applied; current version 3 count_books_procedure')
// 3 refused with the statement; 4 nothing was rolled back, not even the procedure
expect('Nothing was applied: a statement of the rollback would destroy data')
expect('The database is unchanged (at version 3 count_books_procedure)')
expect('0002_create_books.down.sql:1 SM102: drops a table and all its rows')
expect('      DROP TABLE books')
expect('-Dmigration.allowDestructive=true (Maven)')
expect('Current version: 3 count_books_procedure (clean)')
// 5, 6 a down without destructive statements needs no permission
expect('Rolled back 3 count_books_procedure')
expect('3 migrations: 2 applied, 1 pending; current version 2 create_books')
expect('Applied 3 count_books_procedure')
// 8 allowed: both rolled back, then 9 applied again
expect('(allowed by allowDestructive): DROP TABLE books')
expect('Rolled back 3 count_books_procedure')
expect('Rolled back 2 create_books')
expect('Applied 2 create_books')
expect('Current version: 3 count_books_procedure (clean)')
return true
