create table slug (
    id bigint not null,
    value varchar(100) not null,
    archived boolean default false not null,
    primary key (id),
    constraint uk_slug_value unique (value)
);
