create table document (
    id bigint not null,
    attributes jsonb,
    tags text[],
    primary key (id)
);
