create table shipment (
    id bigint not null,
    status varchar(20) check (status in ('NEW','SENT')),
    primary key (id)
);
create index ix_shipment_open on shipment (id) where status <> 'SENT';
