create table payload (
    id bigint not null,
    quantity integer,
    document jsonb,
    external_id uuid,
    flag boolean,
    primary key (id)
);
