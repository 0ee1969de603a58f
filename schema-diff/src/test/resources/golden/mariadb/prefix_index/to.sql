create table doc (id bigint not null, title varchar(500), body text, primary key (id)) engine=InnoDB;
create index ix_doc_title on doc (title(50), id desc);
create index ix_doc_body on doc (body(100));
