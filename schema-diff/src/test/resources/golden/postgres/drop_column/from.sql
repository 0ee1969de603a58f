create table person (
    id bigint not null,
    name varchar(255),
    legacy_code varchar(20),
    primary key (id)
);
create index idx_person_legacy on person (legacy_code);
