-- Add unique constraint uk6dotkott2kjsp8vw4d0m25fb7 to app_user (fails on duplicates)
ALTER TABLE "app_user" ADD CONSTRAINT "uk6dotkott2kjsp8vw4d0m25fb7" UNIQUE ("email");

-- Add unique constraint uktenant_email to app_user (fails on duplicates)
ALTER TABLE "app_user" ADD CONSTRAINT "uktenant_email" UNIQUE ("tenant", "email");
