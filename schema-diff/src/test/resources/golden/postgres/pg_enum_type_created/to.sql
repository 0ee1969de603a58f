create type mood as enum ('HAPPY', 'SAD');
create table diary (
    id bigint not null,
    mood mood default 'HAPPY' not null,
    primary key (id)
);
