create table warehouse (
    region varchar(10) not null,
    code varchar(10) not null,
    primary key (region, code)
);
create table stock (
    id bigint not null,
    region varchar(10),
    warehouse_code varchar(10),
    primary key (id)
);
alter table if exists stock add constraint FK_stock_warehouse foreign key (region, warehouse_code) references warehouse (region, code);
