-- Drop foreign key fk_department_manager of department
ALTER TABLE "department" DROP CONSTRAINT "fk_department_manager";

-- Drop foreign key fk_employee_department of employee
ALTER TABLE "employee" DROP CONSTRAINT "fk_employee_department";

-- Drop table department (its data is lost)
DROP TABLE "department";

-- Drop table employee (its data is lost)
DROP TABLE "employee";
