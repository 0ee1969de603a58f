create table book (
    id bigint not null,
    title varchar(255),
    isbn varchar(20),
    primary key (id)
);
create index idx_book_title on book (title);
