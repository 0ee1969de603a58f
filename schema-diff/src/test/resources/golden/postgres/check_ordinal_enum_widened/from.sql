create table shipment (
    id bigint not null,
    status smallint check (status between 0 and 2),
    primary key (id)
);
