-- Alter table products: rename unique key uk_code to uk_code_case_781f6; rename index idx_name to idx_name_case_72aed
ALTER TABLE `products`
  RENAME INDEX `uk_code` TO `uk_code_case_781f6`,
  RENAME INDEX `idx_name` TO `idx_name_case_72aed`;

-- Alter table products: rename unique key uk_code_case_781f6 to UK_CODE; rename index idx_name_case_72aed to IDX_NAME
ALTER TABLE `products`
  RENAME INDEX `uk_code_case_781f6` TO `UK_CODE`,
  RENAME INDEX `idx_name_case_72aed` TO `IDX_NAME`;
