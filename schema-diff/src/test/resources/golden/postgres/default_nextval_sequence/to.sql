create sequence invoice_number_seq start with 1000 increment by 1;
create table invoice (
    id bigint not null,
    number bigint default nextval('invoice_number_seq') not null,
    primary key (id)
);
