create table shipment (
    id bigint not null,
    carrier varchar(255) check (carrier in ('DHL','UPS')),
    primary key (id)
);
