create table line_item (
    id bigint not null,
    quantity integer not null,
    unit_price numeric(10,2) not null,
    total numeric(12,2) generated always as (quantity * unit_price) stored,
    primary key (id)
);
