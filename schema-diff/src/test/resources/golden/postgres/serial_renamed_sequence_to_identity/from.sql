create table legacy_user (
    id bigserial primary key,
    login varchar(50) not null
);
alter sequence legacy_user_id_seq rename to legacy_user_ids;
