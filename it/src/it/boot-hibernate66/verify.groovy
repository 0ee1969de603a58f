// The desired schema came from the application's own Hibernate 6.6, booted as Spring Boot boots it.
def log = new File(basedir, 'build.log').text
int at = 0
def expect = { String text ->
    int i = log.indexOf(text, at)
    assert i >= 0 : "expected after offset ${at} in build.log: ${text}"
    at = i + text.length()
}
def dir = new File(basedir, 'src/main/resources/db/migration')
def files = dir.list().findAll { it.endsWith('.sql') }.sort()

// 1 diff: what was taken from where is shown before the dev database starts
expect('Settings: application.properties')
expect('Entities: 2 JPA classes in package com.example.clinic (@SpringBootApplication com.example.clinic.ClinicApplication)')
expect('Hibernate: Hibernate 6.6.49.Final (the project\'s); Bean Validation applied to DDL: yes')
expect('Dev database: ')   // the shared server, or a temporary one where CI=true
expect('embedded PostgreSQL')
expect('Proven on the dev database')
// 2 check
expect('The migrations produce exactly the desired schema.')
// 3 a settings file that cannot be parsed: named with its line, before any database starts, nothing written
expect('Cannot parse the application settings')
expect('application-broken.yml at line 4')
assert !log.substring(at).contains('Dev database:')

assert files.size() == 2 : files
assert !files.any { it.contains('never_written') }
def up = dir.listFiles().find { it.name.endsWith('_create_clinic.up.sql') }.text
assert up.contains('-- Desired: 2 JPA classes in package com.example.clinic')
assert up.contains('Hibernate 6.6.49.Final (the project\'s)')
// LocalDate stays date: Spring Data's auto-applied converters (a dependency jar) are not the application's
assert up =~ /(?i)"issuedOn" date/
// @NotBlank makes the column NOT NULL, as the application's Hibernate with hibernate-validator does
assert up =~ /(?i)"patient" varchar\(255\) NOT NULL/
// jpa naming: Hibernate's default implicit join table name, not Spring's attribute-based one
assert up =~ /(?i)CREATE TABLE "Prescription_Medication"/
assert !(up =~ /(?i)Prescription_medications/)
assert !(up =~ /(?i)ScratchRecord/)
return true
