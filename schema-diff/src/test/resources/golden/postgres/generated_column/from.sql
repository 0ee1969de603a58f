create table line_item (
    id bigint not null,
    quantity integer not null,
    unit_price numeric(10,2) not null,
    primary key (id)
);
