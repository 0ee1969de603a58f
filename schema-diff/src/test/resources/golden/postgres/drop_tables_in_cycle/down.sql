-- Create table department
CREATE TABLE "department" (
  "id" bigint NOT NULL,
  "manager_id" bigint,
  CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);

-- Create table employee
CREATE TABLE "employee" (
  "id" bigint NOT NULL,
  "department_id" bigint,
  CONSTRAINT "employee_pkey" PRIMARY KEY ("id")
);

-- Add foreign key fk_department_manager from department to employee
ALTER TABLE "department" ADD CONSTRAINT "fk_department_manager" FOREIGN KEY ("manager_id") REFERENCES "employee" ("id");

-- Add foreign key fk_employee_department from employee to department
ALTER TABLE "employee" ADD CONSTRAINT "fk_employee_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id");
