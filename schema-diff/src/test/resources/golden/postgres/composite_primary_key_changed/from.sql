create table enrollment (
    student_id bigint not null,
    course_id bigint not null,
    term varchar(10) not null,
    primary key (student_id, course_id)
);
