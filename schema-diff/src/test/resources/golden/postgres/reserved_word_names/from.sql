create table "user" (
    id bigint not null,
    primary key (id)
);
