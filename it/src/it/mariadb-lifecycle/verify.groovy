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
expect('Rolled back 3 count_books_procedure')
expect('3 migrations: 2 applied, 1 pending; current version 2 create_books')
expect('Applied 3 count_books_procedure')
expect('Current version: 3 count_books_procedure (clean)')
assert !log.contains('BUILD FAILURE')
return true
