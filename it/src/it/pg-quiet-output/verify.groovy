// Checks the log of all invocations, in order.
def log = new File(basedir, 'build.log').text
def quiet = log.substring(0, log.indexOf('[INFO] Scanning for projects'))

// 1 up under -q: nothing (no sandbox line, no "Applied")
assert !quiet.contains('Applied') : quiet
assert !quiet.contains('using the embedded sandbox') : quiet
// 2 status under -q: the table and the summary as plain lines, nothing else
assert quiet =~ /(?m)^VERSION\s+NAME\s+STATE\s+APPLIED AT\s+DURATION$/ : quiet
assert quiet =~ /(?m)^1\s+create_customers\s+applied\s/ : quiet
assert quiet =~ /(?m)^2 migrations: 2 applied; current version 2 add_email$/ : quiet
// 3 version under -q
assert quiet =~ /(?m)^Current version: 2 add_email \(clean\)$/ : quiet
assert !quiet.contains('[INFO]') && !quiet.contains('[WARNING]') : quiet

// 4 without -q the report is in the log as before, after the sandbox line
def loud = log.substring(quiet.length())
assert loud.indexOf('using the embedded sandbox') < loud.indexOf('[INFO] 2 migrations: 2 applied; current version 2 add_email')
assert loud =~ /(?m)^\[INFO\] VERSION\s+NAME/
