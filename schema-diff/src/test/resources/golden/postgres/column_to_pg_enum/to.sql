create type severity as enum ('MINOR', 'MAJOR');
create table ticket (
    id bigint not null,
    severity severity,
    primary key (id)
);
