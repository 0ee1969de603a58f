-- Alter table products: rename unique key UK_CODE to uk_code_case_905f6; rename index IDX_NAME to idx_name_case_e4acd
ALTER TABLE `products`
  RENAME INDEX `UK_CODE` TO `uk_code_case_905f6`,
  RENAME INDEX `IDX_NAME` TO `idx_name_case_e4acd`;

-- Alter table products: rename unique key uk_code_case_905f6 to uk_code; rename index idx_name_case_e4acd to idx_name
ALTER TABLE `products`
  RENAME INDEX `uk_code_case_905f6` TO `uk_code`,
  RENAME INDEX `idx_name_case_e4acd` TO `idx_name`;
