create table slug (
    id bigint not null,
    value varchar(100) not null,
    archived boolean default false not null,
    primary key (id)
);
create unique index ux_slug_value_live on slug (value) where not archived;
