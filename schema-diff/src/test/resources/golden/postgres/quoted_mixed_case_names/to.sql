create table "Order" (
    "Id" bigint not null,
    "CustomerName" varchar(255),
    "with space" integer,
    primary key ("Id")
);
create index "IX_Order_Customer" on "Order" ("CustomerName");
create sequence "Order_SEQ" start with 1 increment by 50;
