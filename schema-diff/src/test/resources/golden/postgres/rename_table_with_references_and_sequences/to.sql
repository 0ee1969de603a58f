create sequence book_seq start with 1 increment by 50;
create table book (id bigint not null, legacy_no serial, title varchar(255), primary key (id));
create table loan (id bigint not null, book_id bigint, primary key (id));
create index book_title_idx on book (title);
alter table if exists loan add constraint FK7wkbh5ub0ad6l2lsvhwtbfc0x foreign key (book_id) references book;
