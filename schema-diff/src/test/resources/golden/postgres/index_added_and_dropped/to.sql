create table book (
    id bigint not null,
    title varchar(255),
    isbn varchar(20),
    primary key (id)
);
create unique index idx_book_isbn on book (isbn);
create index idx_book_title_isbn on book (title, isbn desc);
