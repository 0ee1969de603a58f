create table survey (
    id bigint not null,
    answers text[],
    scores integer[],
    primary key (id)
);
