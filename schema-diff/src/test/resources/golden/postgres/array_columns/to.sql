create table survey (
    id bigint not null,
    answers varchar(100)[],
    scores bigint[],
    primary key (id)
);
