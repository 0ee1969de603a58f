create table invoice (
    id bigint not null,
    total numeric(38,2),
    note varchar(255),
    primary key (id)
);
comment on table invoice is 'Old comment';
comment on column invoice.note is 'to be removed';
