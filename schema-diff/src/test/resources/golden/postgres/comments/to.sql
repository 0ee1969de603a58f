create table invoice (
    id bigint not null,
    total numeric(38,2),
    note varchar(255),
    primary key (id)
);
comment on table invoice is 'Customer invoices, one per order';
comment on column invoice.total is 'Gross total in EUR, it''s rounded';
