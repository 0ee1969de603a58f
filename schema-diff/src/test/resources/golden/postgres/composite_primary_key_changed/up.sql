-- Drop primary key enrollment_pkey of enrollment
ALTER TABLE "enrollment" DROP CONSTRAINT "enrollment_pkey";

-- Add primary key to enrollment (fails on duplicates or nulls)
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_pkey" PRIMARY KEY ("student_id", "course_id", "term");
