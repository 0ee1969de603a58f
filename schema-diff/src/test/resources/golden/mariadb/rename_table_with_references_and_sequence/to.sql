create sequence book_seq start with 1 increment by 50 nocache;
create table book (id bigint not null, title varchar(255), primary key (id)) engine=InnoDB;
create table loan (id bigint not null, book_id bigint, primary key (id)) engine=InnoDB;
create index book_title_idx on book (title);
alter table loan add constraint FK7wkbh5ub0ad6l2lsvhwtbfc0x foreign key (book_id) references book (id);
